export * from './schema';
export * from './keys';
