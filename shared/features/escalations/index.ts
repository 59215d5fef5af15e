export * from './settings';
export * from './deadlines';
export * from './schema';
export * from './contract';
export * from './channels';
export * from './messages';
