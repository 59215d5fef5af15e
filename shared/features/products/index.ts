export * from './words';
export * from './schema';
export * from './fields';
export * from './filter';
export * from './messages';
export * from './contract';
export * from './channels';
export * from './risk-disclosure';
