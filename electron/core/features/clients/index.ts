export { ClientsService, toClientView, type ClientContacts } from './service';
export { ClientsRepository, type ClientRecord } from './repository';
export {
  createClientDeletionService,
  createClientMergeService,
  createClientsHandlers,
  createClientsService,
} from './handlers';
export { ClientMergeService } from './merge';
export { ClientDeletionService, type PersonalDataEraser } from './deletion';
export { clientPdfFileName, dossierPdfFileName } from './dossier-file-name';
export { dossierChartSet } from './dossier-pdf';
export { clientsPersonalData } from './personal-data';
export { type ClientListFacet, type ClientFacetMatch } from './facets';
export { ClientListQueries } from './list-query';
