export * from './classes';
export * from './settings';
