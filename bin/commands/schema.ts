import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { sessionRecordJsonSchema } from '../../lib/session-record';

/** `trialist schema [--out FILE]`: print or write the session record's JSON Schema. */
export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('Print the session record JSON Schema (generated from the zod schema)')
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .action((opts: { out?: string }) => {
      const text = JSON.stringify(sessionRecordJsonSchema(), null, 2) + '\n';
      if (opts.out) writeFileSync(opts.out, text);
      else process.stdout.write(text);
    });
}
