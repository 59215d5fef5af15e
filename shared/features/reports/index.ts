export * from './schema';
export * from './contract';
export * from './channels';
export * from './words';
export * from './table';
