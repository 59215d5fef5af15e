import { useMemo } from 'react';
import { fxRatesOf } from '../../../shared/features/market-data';
import type { FxRates } from '../../../shared/features/settings';
import { useChannelQuery } from '../lib/queries';
import { useSettings } from './settings';

const NONE = {};

/**
 * The features whose answers hold TWD totals: what a change of exchange rates (an FX import, the
 * sample, the settings' rates) makes stale.
 */
export const FX_RATE_QUERIES: readonly string[] = ['market', 'holdings', 'clients', 'tiers'];

/**
 * The exchange rates in force, as the core converts with them (market.fxLatest: each currency's
 * latest imported point, else the settings' rate): a TWD total on screen is the one in the client
 * list, the tiers and the PDF. Null until they are read.
 */
export function useFxRates(): FxRates | null {
  const { settings } = useSettings();
  const { data } = useChannelQuery('market.fxLatest', NONE);
  const noRatesAsOf = settings.fxRates.asOf;
  return useMemo(() => (data ? fxRatesOf(data.rates, noRatesAsOf) : null), [data, noRatesAsOf]);
}
