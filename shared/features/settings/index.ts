export * from './schema';
export * from './labels';
export * from './contract';
export * from './channels';
