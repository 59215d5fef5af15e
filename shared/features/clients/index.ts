export * from './schema';
export * from './national-id';
export * from './fields';
export * from './contract';
export * from './channels';
export * from './retention';
export * from './book';
export * from './list-messages';
