export * from './schema';
export * from './national-id';
export * from './labels';
export * from './contract';
export * from './channels';
