export * from './channels';
export * from './contract';
export * from './settings';
export * from './problems';
