export { ClientsService, toClientView, type ClientContacts } from './service';
export { ClientsRepository, type ClientRecord } from './repository';
export { createClientsHandlers, createClientsService } from './handlers';
export { clientPdfFileName, dossierPdfFileName } from './dossier-file-name';
