/**
 * `z` for the schemas the Lambdas load (session record, S3/SNS event records, scoring rules, lead
 * score, hot-lead alert): zod/mini, zod 4's tree-shakable API (functions such as `z.nullable(x)` and
 * `.check(z.minLength(1))` instead of methods), with zod's English error messages, which zod/mini
 * does not load by itself. Same validation and the same JSON Schema as the classic API; measured by
 * `npm run bench`, it keeps ~70 KB of zod's classic layer out of each Lambda bundle and ~7 ms out of
 * its init. Import it as `import * as z from '../zod-mini'` (a namespace import, so
 * esbuild keeps only what is used) rather than from 'zod/mini' so messages are English wherever a
 * schema is parsed. Code outside the Lambdas may keep using classic `zod`; the two share one core.
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export * from 'zod/mini';
