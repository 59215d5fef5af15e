export { HoldingsService, type HoldingsDeps } from './service';
export { HoldingsRepository } from './repository';
export { createHoldingsHandlers, createHoldingsService } from './handlers';
export { holdingsPersonalData } from './personal-data';
