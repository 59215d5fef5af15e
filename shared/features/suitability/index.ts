export * from './settings';
export * from './schema';
export * from './words';
export * from './engine';
export * from './channels';
export * from './contract';
export * from './source-words';
