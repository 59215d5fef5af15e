export * from './classes';
export * from './settings';
export * from './schema';
export * from './rules';
export * from './words';
export * from './channels';
export * from './contract';
