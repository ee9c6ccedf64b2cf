import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { parseTemplate, TemplateError, type AgentTemplate } from '../../agent-container/src/template';

/** The result of checking one template file: the parsed template, or every problem found. */
export type TemplateCheck = { file: string; ok: true; template: AgentTemplate } | { file: string; ok: false; issues: string[] };

/**
 * Check a template file the way the agent will load it (agent-container/src/template.ts): JSON,
 * valid against `AgentTemplateSchema` (strict: no unknown keys such as an API key), and named
 * `<template_id>.json`, since the agent looks templates up by that key. Never throws.
 */
export function checkTemplateFile(file: string): TemplateCheck {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { file, ok: false, issues: [(e as Error).message] };
  }
  try {
    const template = parseTemplate(value);
    const expected = `${template.template_id}.json`;
    if (path.basename(file) !== expected) return { file, ok: false, issues: [`file must be named ${expected} (the agent loads templates/<template_id>.json)`] };
    return { file, ok: true, template };
  } catch (e) {
    return { file, ok: false, issues: e instanceof TemplateError ? [...e.issues] : [(e as Error).message] };
  }
}

/**
 * `trialist template check <file...>`: validate agent templates before uploading them to
 * `s3://<session bucket>/templates/`. One line per file on stdout (`ok <id>: <models>`), problems on
 * stderr; exit code 1 when any file is invalid.
 */
export function registerTemplate(program: Command): void {
  const template = program.command('template').description('Agent templates (the JSON the agent loads by template_id)');
  template
    .command('check')
    .description('Validate template files the way the agent loads them (schema, no secrets, file named <template_id>.json)')
    .argument('<files...>', 'template JSON files')
    .action((files: string[]) => {
      let failed = 0;
      for (const r of files.map(checkTemplateFile)) {
        if (r.ok) {
          const t = r.template;
          process.stdout.write(`ok ${t.template_id}: stt ${t.stt.provider}/${t.stt.model}, llm ${t.llm.provider}/${t.llm.model}, tts ${t.tts.provider}/${t.tts.model}, consent ${t.consent.required ? 'required' : 'not asked'}\n`);
        } else {
          failed += 1;
          process.stderr.write(`invalid ${r.file}:\n${r.issues.map((i) => `  ${i}`).join('\n')}\n`);
        }
      }
      if (failed > 0) process.exitCode = 1;
    });
}
