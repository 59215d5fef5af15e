export * from './schema';
export * from './contract';
export * from './channels';
export * from './messages';
