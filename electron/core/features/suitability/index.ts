export { createSuitabilityHandlers, createSuitabilityService } from './handlers';
export { SuitabilityService } from './service';
export { suitabilitySourcesFrom, type SuitabilitySources, type SuitabilityServices } from './sources';
export { suitabilityChecksPersonalData, suitabilityPersonalData } from './personal-data';
