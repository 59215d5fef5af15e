export * from './contract';
export * from './channels';
export * from './detail-words';
