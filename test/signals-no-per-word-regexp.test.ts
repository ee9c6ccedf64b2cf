import { teamCandidates } from '../lib/signals/team-size';
import { prepare } from '../lib/signals/utterance';
import { volumeCandidates } from '../lib/signals/volume';
import { WordSlot, numWordAt } from '../lib/signals/word-slot';

/** Made-up thing words no utterance has said before (a fixed list: the test is the same every run). */
const NEW_WORDS = ['zorblat', 'quindle', 'frabnik', 'glimmock', 'trovel', 'snarbit', 'wumpet', 'plinket', 'drozzle', 'kestrin'];

/** Turns that reach the volume readers that read a word of the utterance (thing rates, unit counts, documents per thing, ...). */
const TEMPLATES = [
  'per day we are getting around one fifty Ws, for every W one consent form is signed',
  'per day we are getting around one fifty Ws, for every big W 2 consent forms',
  'monthly we are doing about 120 Ws and each W signs an agreement',
  'we sign off a turnaround sheet per W, about forty Ws a day',
  'every kid needs a permission slip per W, about four hundred kids, two Ws a term, three terms a year',
  'thirty Ws a semester, each with about forty participants, and the consent forms for the participants, two semesters',
  'each W does about two trips a day and we have ninety Ws, every trip gets a waybill',
  'the Ws, there\'s eleven, each W sends about four contracts a week',
  'every W signs a contract and a release, so two per W, and we do about thirty Ws a month',
  'thirty Ws a year, each one has a booking note and a customs declaration, so two per W',
  'the camp runs about three months and we\'d get maybe four hundred and fifty Ws through, every W signs a waiver',
  'each build\'s got eight Ws, and every W signs a subcontract agreement, we do ten builds a month',
  'forty active jobs and each one does a W a month, every W comes with a signed lien waiver',
  'three terms a year, and every new W signs a course agreement, around 270 Ws a term',
  'about 600 Ws and every W signs a waiver once a year',
  'on a typical W there\'s sixty extras and every one of them signs a release, five Ws a month',
];

/** The turns for `word`. */
function turnsFor(word: string): string[] {
  return TEMPLATES.map((t) => t.replace(/W/g, word));
}

/** The sources of the RegExps constructed (with or without `new`) while `run` runs; `globalThis.RegExp` is restored after. */
function regExpsBuiltDuring(run: () => void): string[] {
  const Original = globalThis.RegExp;
  const built: string[] = [];
  const note = (args: unknown[]) => built.push(args[0] instanceof Original ? args[0].source : String(args[0]));
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      note(args);
      return Reflect.construct(target, args, newTarget) as object;
    },
    apply(target, self, args) {
      note(args);
      return Reflect.apply(target, self, args) as RegExp;
    },
  });
  try {
    run();
  } finally {
    globalThis.RegExp = Original;
  }
  return built;
}

describe('volume readers build no regexp per word', () => {
  it('reads turns with never-seen thing words without constructing a RegExp from them', () => {
    // Warm up: what is built once on first use is built here, with another word.
    for (const t of turnsFor('widget')) volumeCandidates(prepare(t), teamCandidates(prepare(t)));
    const prepared = NEW_WORDS.flatMap(turnsFor).map((t) => {
      const u = prepare(t);
      return { u, teams: teamCandidates(u) };
    });
    let readings = 0;
    const built = regExpsBuiltDuring(() => {
      for (const { u, teams } of prepared) readings += volumeCandidates(u, teams).length;
    });
    // (The lexicon scanners build their pieces lazily, once per leading letter: bounded, and never from the caller's words.)
    expect(built.filter((src) => NEW_WORDS.some((w) => src.includes(w)))).toEqual([]);
    expect(built.length).toBeLessThanOrEqual(26);
    // The second time the same turns build nothing at all.
    expect(regExpsBuiltDuring(() => prepared.forEach(({ u, teams }) => volumeCandidates(u, teams)))).toEqual([]);
    // The turns are read (the readers above ran), not skipped.
    expect(readings).toBeGreaterThan(NEW_WORDS.length);
  });

  it('notes constructions while running, and restores RegExp', () => {
    const Original = globalThis.RegExp;
    expect(regExpsBuiltDuring(() => new RegExp('a') && RegExp('b'))).toEqual(['a', 'b']);
    expect(globalThis.RegExp).toBe(Original);
  });
});

describe('WordSlot', () => {
  const SLOTS: Array<[string, string]> = [
    ['\\b(?:each|every)\\s+(?:[a-z]+\\s+)?', '\\s+(?:[a-z\']+\\s+){0,3}?(?:signs?|gets?|(?<=\\b(?:we|i) )send)\\b'],
    ['\\b', 's?\\b'],
    ['', '(?:y|ies)'],
    ['[\\ue000-\\ue0fe]\\s+(?:[a-z-]+\\s+)?', '(?:s|es)?\\b[^.?!;]{0,60}\\b(?:each|every)\\s+(?:one\\b|of them\\b)'],
    ['\\bforms?\\s+(?:for|with)\\s+(?:the\\s+)?', '(?=\\s|$)'],
  ];
  const TEXTS = [
    'every load gets a rate confirmation, each truck truck signs',
    'each big truck we send a form, every trucks signs, truckload gets',
    'the families sign, one family, famil famille familyies',
    '\ue000 trucks, and each one has a form. \ue001 big truck, each of them',
    'forms for the truck, forms with the trucks, form for truck',
    'truck',
    '',
  ];
  const WORDS = ['truck', 'load', 'famil', 'family', 'big truck', 'trucks', 'one', 'e', 'of'];

  it.each(SLOTS)('tests as the one regexp %s<word>%s', (before, after) => {
    const slot = new WordSlot(before, after);
    for (const m of TEXTS) for (const w of WORDS) expect([m, w, slot.test(m, w)]).toEqual([m, w, new RegExp(before + w + after).test(m)]);
  });

  it('falls back to the one regexp for a word with regexp syntax', () => {
    const slot = new WordSlot('\\beach\\s+', '\\b');
    for (const w of ['tr.ck', '', ' truck', 't(?:r)uck']) expect(slot.test('each truck', w)).toBe(new RegExp(`\\beach\\s+${w}\\b`).test('each truck'));
  });
});

describe('numWordAt', () => {
  const AFTER = /(?:s|es)?\b(?:\s+[a-z'-]+){0,3}?\s+(?:a|per)\s+(day|week)\b/y;
  const TEXTS = ['\ue000 trucks a day', '\ue000 big trucks per week', '\ue000 truck truck a day', '\ue000  big  trucks, a day', '\ue000 trucks'];

  it('takes the match the one sticky regexp takes', () => {
    for (const m of TEXTS) {
      for (const w of ['truck', 'big truck', 'big']) {
        const one = new RegExp(`[\\ue000-\\ue0fe]\\s+(?:[a-z'-]+\\s+)?${w}${AFTER.source}`, 'y').exec(m);
        const got = numWordAt(m, 0, w, AFTER);
        expect([m, w, got && [got.index + got[0].length, got[1]]]).toEqual([m, w, one && [one[0].length, one[1]]]);
      }
    }
  });
});
