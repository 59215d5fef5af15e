export * from './settings';
export * from './schema';
export * from './periods';
export * from './contract';
export * from './channels';
export * from './messages';
