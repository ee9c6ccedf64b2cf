export * from './alert';
export * from './slack';
export * from './publisher';
export * from './alert-once';
