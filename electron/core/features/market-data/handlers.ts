import { resolve } from 'node:path';
import { MARKET_DATA_CHANNELS } from '../../../../shared/features/market-data';
import type { CoreContext } from '../../kernel/context';
import { WriteAfter, type FeatureHandlers } from '../../kernel/handlers';
import { MarketDataRepository } from './repository';
import { readSampleFile } from './sample';
import { MarketDataService } from './service';

/** The market-data service over the open database, for its handlers, holdings' FX rates and briefings. */
export function createMarketDataService(context: CoreContext, resourcesDir: string): MarketDataService {
  return new MarketDataService(
    context.perDatabase((db) => new MarketDataRepository(db)),
    {
      settings: context.settings,
      now: context.now,
      nowIso: context.nowIso,
      sample: () => readSampleFile(resolve(resourcesDir, 'market-data/sample.json')),
    },
  );
}

export function createMarketDataHandlers(
  _context: CoreContext,
  marketData: MarketDataService,
): FeatureHandlers<typeof MARKET_DATA_CHANNELS> {
  return {
    'market.seriesList': () => marketData.list(),
    'market.seriesGet': ({ code }) => marketData.get(code),
    'market.points': ({ codes, from, to }) => ({ series: marketData.points(codes, from, to) }),
    // The file is read (streamed, with progress) outside any transaction; then one unit of work writes.
    'market.import': ({ encoding, importId, ...source }) =>
      new WriteAfter(marketData.readImport(source, encoding, importId)),
    'market.importProgress': ({ importId }) => marketData.importProgress(importId),
    'market.fxLatest': () => ({ rates: marketData.latestFxRates() }),
    'market.sampleLoad': () => marketData.loadSample(),
  };
}
