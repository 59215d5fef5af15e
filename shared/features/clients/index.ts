export * from './schema';
export * from './national-id';
export * from './fields';
