export * from './schema';
export * from './settings';
export * from './messages';
export * from './record';
export * from './channels';
export * from './contract';
export * from './analysis';
