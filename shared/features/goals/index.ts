export * from './schema';
export * from './plan';
export * from './contract';
export * from './channels';
