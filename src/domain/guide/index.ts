export * from './schema';
export * from './parseGuide';
