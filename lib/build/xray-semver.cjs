/**
 * Stand-in for `semver` inside the Lambda bundles (aliased by lib/build/lambda-bundle.ts).
 *
 * aws-xray-sdk-core (pulled in by the Powertools tracer) requires all of `semver` (about 28 KB
 * minified, CommonJS, so esbuild cannot tree-shake it) for one call: `semver.gte(AWS.VERSION, ...)`
 * in `captureAWS`, its AWS SDK v2 patcher. The Lambdas use AWS SDK v3 (`captureAWSv3Client`), which
 * never calls it. Rather than fake a version comparison, `gte` fails loudly: patching an SDK v2
 * client from a bundled Lambda is unsupported. The bundle helper checks that aws-xray-sdk-core is
 * the only module importing `semver`, so nothing else can end up here.
 */
'use strict';

module.exports = {
  gte() {
    throw new Error('semver is not bundled in the trialist Lambdas: aws-xray-sdk-core captureAWS (AWS SDK v2) is unsupported; use captureAWSv3Client');
  },
};
