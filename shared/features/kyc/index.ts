export * from './grades';
export * from './settings';
export * from './profile';
