export { KycService } from './service';
export { KycRepository } from './repository';
export { createKycHandlers, createKycService } from './handlers';
export { kycPersonalData } from './personal-data';
export { kycListFacet } from './list-facet';
