#!/usr/bin/env node
/**
 * The CDK app: `npx cdk synth` / `npx cdk deploy --all [-c env=prod] [-c key=value ...]`.
 * Configuration keys, defaults and validation: lib/config. Stacks: lib/stacks.
 */
import { App } from 'aws-cdk-lib';
import { DeploymentConfigError, loadDeploymentConfig } from '../lib/config';
import { formatRetentionTable } from '../lib/config/retention';
import { buildTrialistApp } from '../lib/stacks';

const app = new App();
try {
  const config = loadDeploymentConfig((key) => app.node.tryGetContext(key));
  buildTrialistApp(app, config);
  // the retention in force, for the operator (stderr, so `cdk synth > template` stays clean)
  console.error(`Retention (${config.env}):\n${formatRetentionTable(config)}\n`);
} catch (e) {
  if (e instanceof DeploymentConfigError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
app.synth();
