export { EscalationsService, type EscalationSources } from './service';
export { createEscalationsHandlers, createEscalationsService } from './handlers';
export { escalationsPersonalData, feedbackPersonalData } from './personal-data';
