export {
  createBriefingsHandlers,
  createBriefingsService,
  type Briefings,
  type BriefingsDeps,
} from './handlers';
export { marketDataReader, resolveDeck, type MarketDataReader, type ResolveSources } from './resolver';
export { deckChartSet } from './document/charts';
export { BriefingsRepository } from './repository';
export { briefingsPersonalData } from './personal-data';
