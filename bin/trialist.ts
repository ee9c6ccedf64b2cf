#!/usr/bin/env node
/**
 * `trialist`: the command-line tool. Run as `npm run --silent trialist -- <command> [args]`.
 * Each command lives in bin/commands/<name>.ts and registers itself on the program.
 */
import { Command } from 'commander';
import { registerSchema } from './commands/schema';
import { registerQuery } from './commands/query';
import { registerDemo } from './commands/demo';
import { registerReplay } from './commands/replay';
import { registerRescore } from './commands/rescore';
import { registerBench } from './commands/bench';
import { registerSignals } from './commands/signals';
import { registerTemplate } from './commands/template';
import { registerSpool } from './commands/spool';
import { registerForget } from './commands/forget';

const program = new Command()
  .name('trialist')
  .description('Voice-agent session records: replay calls, run the local pipeline, query the lake')
  .showHelpAfterError();

registerSchema(program);
registerQuery(program);
registerDemo(program);
registerReplay(program);
registerRescore(program);
registerBench(program);
registerSignals(program);
registerTemplate(program);
registerSpool(program);
registerForget(program);

await program.parseAsync(process.argv);
