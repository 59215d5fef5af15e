export { TiersService, type ServicePlanDeps, type LastContact } from './service';
export { TiersRepository } from './repository';
export { createTiersHandlers, createTiersService } from './handlers';
export { tiersPersonalData } from './personal-data';
export { tiersListFacets } from './list-facets';
