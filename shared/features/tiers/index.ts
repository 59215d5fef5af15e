export * from './settings';
export * from './words';
export * from './schema';
export * from './plan';
export * from './messages';
export * from './channels';
export * from './contract';
