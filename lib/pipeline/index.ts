export * from './errors';
export * from './events';
export * from './objects';
export * from './quarantine';
export * from './catalog';
export * from './rescore';
export * from './score-versions';
export * from './reconcile';
