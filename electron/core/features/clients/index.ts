export * from './service';
export * from './repository';
export * from './search';
export * from './dossier-document';
export * from './dossier-file-name';
export * from './dossier-messages';
