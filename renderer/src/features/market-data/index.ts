import type { FeatureSlots } from '../../app/slots';
import { FxRatesNote } from './FxRatesNote';

export { marketDataLocales } from './locales';
export { marketDataRoutes } from './routes';
export { marketPaths } from './paths';

/** The FX rates' dates and freshness beside TWD totals (holdings). */
export const marketDataSlots: FeatureSlots = {
  fxNotes: [{ key: 'market-data', Note: FxRatesNote }],
};
