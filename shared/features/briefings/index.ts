export * from './channels';
export * from './words';
export * from './schema';
export * from './messages';
export * from './disclosure';
export * from './templates';
export * from './contract';
