export { AssumptionsService } from './service';
export { AssumptionsRepository } from './repository';
export { createAssumptionsHandlers, createAssumptionsService } from './handlers';
