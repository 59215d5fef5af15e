export * from './schema';
export * from './contract';
export * from './channels';
