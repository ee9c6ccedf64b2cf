export * from './types';
export * from './hubspot';
