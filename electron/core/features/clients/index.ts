export * from './service';
export * from './repository';
export * from './search';
export * from './dossier-document';
