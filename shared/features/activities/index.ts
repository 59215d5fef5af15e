export * from './words';
export * from './schema';
export * from './home';
export * from './describe';
export * from './messages';
export * from './contract';
export * from './channels';
