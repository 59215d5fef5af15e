import type { AssetHolding, Currency } from '../features/clients';
import type { FxRates } from '../features/settings';
import { toTwd } from '../kernel/format';
import type { ChartSlice } from './AssetsByCurrencyChart';

/** The data of the assets-by-currency chart, shared by the screen and the PDF. */

/** One colour per currency, so a currency keeps its colour across clients and documents. */
export const CURRENCY_COLORS: Readonly<Record<Currency, string>> = {
  TWD: '#1f4e79',
  USD: '#2e86c1',
  JPY: '#c0392b',
  EUR: '#27ae60',
  CNY: '#d68910',
  AUD: '#8e44ad',
  HKD: '#16a085',
  GBP: '#7f8c8d',
};

export function formatShare(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/**
 * Slices in descending TWD value; zero holdings are left out. `formatTwd` writes the TWD value
 * the way the reader's language and settings want it.
 */
export function currencySlices(
  holdings: readonly AssetHolding[],
  rates: FxRates,
  formatTwd: (amount: number) => string,
): ChartSlice[] {
  const converted = holdings
    .map((h) => ({ currency: h.currency, twd: toTwd(h, rates) }))
    .filter((s) => s.twd > 0);
  const total = converted.reduce((sum, s) => sum + s.twd, 0);
  return converted
    .sort((a, b) => b.twd - a.twd || a.currency.localeCompare(b.currency))
    .map((s) => ({
      key: s.currency,
      label: s.currency,
      value: s.twd,
      color: CURRENCY_COLORS[s.currency],
      shareText: formatShare(s.twd / total),
      valueText: formatTwd(s.twd),
    }));
}
