export * from './schema';
export * from './validate';
export * from './builtin';
export * from './contract';
export * from './channels';
