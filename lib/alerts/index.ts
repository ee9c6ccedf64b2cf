export * from './alert';
export * from './slack';
export * from './publisher';
export * from './alert-once';
export * from './call-analysis';
export * from './email';
export * from './slack-analysis';
