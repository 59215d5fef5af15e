export { MarketDataService, type MarketDataDeps } from './service';
export { MarketDataRepository } from './repository';
export { createMarketDataHandlers, createMarketDataService } from './handlers';
export { readSampleFile, type SampleSeries } from './sample';
