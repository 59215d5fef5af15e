export * from './valuation';
export * from './schema';
export * from './messages';
export * from './contract';
export * from './channels';
