export { InformationRecordsService, type InformationRecordsSources } from './service';
export { createInformationRecordsHandlers, createInformationRecordsService } from './handlers';
export { informationGivenPersonalData } from './personal-data';
