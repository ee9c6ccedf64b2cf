/**
 * The product knowledge base behind the `search_knowledge` tool: the Markdown documents shipped in
 * agent-container/knowledge/, split into passages (one per `##` section; the text before the first
 * section is its own passage) and indexed in memory with MiniSearch (BM25 with prefix and fuzzy
 * matching). Each hit is a passage with a citation (`file#section`), so the agent can say where an
 * answer comes from and the record shows what it was based on.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';

/** One indexed passage. */
export interface KnowledgePassage {
  /** `<document id>#<section slug>`, e.g. `pricing-and-plans#business-plan`. */
  id: string;
  /** The document id: the file name without `.md` (also the caller-memory topic). */
  doc: string;
  /** The document's `#` title. */
  title: string;
  /** The `##` section heading (the title for the lead passage). */
  section: string;
  text: string;
}

/** A search result: the passage, its citation and the BM25 score. */
export interface KnowledgeHit {
  citation: string;
  doc: string;
  title: string;
  section: string;
  text: string;
  score: number;
}

/** Passage text returned to the LLM is cut at this many characters (keeps prompts small). */
export const MAX_PASSAGE_CHARS = 700;

/** Words too common to help ranking. */
const STOP_WORDS = new Set(
  'a an and are as at be by can do does for from have how i if in is it its me my of on or our so that the their them there this to us was we what when where which who will with you your'.split(' '),
);

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Split one Markdown document into passages. @throws Error when it has no `# ` title. */
export function splitMarkdown(doc: string, markdown: string): KnowledgePassage[] {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const titleLine = lines.find((l) => /^# \S/.test(l));
  if (!titleLine) throw new Error(`knowledge document ${doc}.md has no "# " title line`);
  const title = titleLine.slice(2).trim();
  const passages: KnowledgePassage[] = [];
  let section = title;
  let body: string[] = [];
  const flush = () => {
    const text = body.join('\n').replace(/\s+/g, ' ').trim();
    if (text) passages.push({ id: `${doc}#${slug(section)}`, doc, title, section, text });
    body = [];
  };
  for (const line of lines) {
    if (line === titleLine) continue;
    const h = /^#{2,3} (.+)$/.exec(line);
    if (h) {
      flush();
      section = h[1]!.trim();
    } else body.push(line);
  }
  flush();
  return passages;
}

/** The in-memory index. Build once per process (`fromDirectory`), search per tool call. */
export class KnowledgeBase {
  private readonly index: MiniSearch<KnowledgePassage>;

  constructor(readonly passages: readonly KnowledgePassage[]) {
    this.index = new MiniSearch<KnowledgePassage>({
      fields: ['title', 'section', 'text'],
      storeFields: ['doc', 'title', 'section', 'text'],
      processTerm: (term) => {
        const t = term.toLowerCase();
        return STOP_WORDS.has(t) ? null : t;
      },
      searchOptions: { boost: { section: 2, title: 1.5 }, prefix: (t) => t.length > 3, fuzzy: (t) => (t.length > 5 ? 0.2 : 0), combineWith: 'OR' },
    });
    this.index.addAll([...passages]);
  }

  /** Documents in the index (ids). */
  get documents(): string[] {
    return [...new Set(this.passages.map((p) => p.doc))];
  }

  /**
   * The best `limit` passages for `query`, best first; empty when nothing matches.
   * Passage text is cut to `MAX_PASSAGE_CHARS`.
   */
  search(query: string, limit = 3): KnowledgeHit[] {
    return this.index
      .search(query)
      .slice(0, limit)
      .map((r) => {
        const text = String(r.text);
        return {
          citation: String(r.id),
          doc: String(r.doc),
          title: String(r.title),
          section: String(r.section),
          text: text.length > MAX_PASSAGE_CHARS ? `${text.slice(0, MAX_PASSAGE_CHARS - 1)}…` : text,
          score: Math.round(r.score * 100) / 100,
        };
      });
  }

  /** Index every `*.md` file of `dir`. @throws Error when the folder has none, or one lacks a title. */
  static async fromDirectory(dir: string): Promise<KnowledgeBase> {
    const files = (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
    if (files.length === 0) throw new Error(`no knowledge documents (*.md) in ${dir}`);
    const passages = (await Promise.all(files.map(async (f) => splitMarkdown(f.slice(0, -3), await readFile(path.join(dir, f), 'utf8'))))).flat();
    return new KnowledgeBase(passages);
  }
}

/**
 * The shipped folder of `name` (`knowledge` or `templates`): next to the bundle in the image
 * (/app/<name>), or agent-container/<name> when running from source. `override` (an env value) wins.
 */
export function shippedDir(name: 'knowledge' | 'templates', override?: string): string {
  if (override) return override;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.join(here, name), path.join(here, '..', name)];
  return candidates.find((c) => existsSync(c)) ?? candidates[1]!;
}
