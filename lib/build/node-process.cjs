/**
 * `node:process` inside the Lambda bundles (aliased by lib/build/lambda-bundle.ts): the global
 * `process`, which is what that module exports.
 *
 * An ESM `import { env } from "node:process"` (the AWS SDK's user-agent code has two) makes Node
 * build the module's namespace from every property of `process`, reading each getter; some of them
 * load modules of their own (`process.report` loads the diagnostic-report code), about 7 ms at init
 * on the bench machine. As CommonJS, esbuild turns the named imports into reads of `process.env`,
 * `process.versions`... where they are used: the same object, nothing read at init.
 */
'use strict';

module.exports = process;
