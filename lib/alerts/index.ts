export * from './alert';
export * from './slack';
export * from './publisher';
