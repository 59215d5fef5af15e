import type { AssetHolding, Currency } from '../features/clients';
import type { FxRates } from '../features/settings';
import { toTwd } from '../kernel/money';
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
 * the way the reader's language and settings want it. A currency without an exchange rate cannot
 * be drawn: it closes the legend with no share and `noRateText` as its value, never as 0.
 */
export function currencySlices(
  holdings: readonly AssetHolding[],
  rates: FxRates,
  formatTwd: (amount: number) => string,
  noRateText: string,
): ChartSlice[] {
  const converted = holdings.flatMap((h) => {
    const twd = toTwd(h, rates.toTwd);
    return twd !== null && twd > 0 ? [{ currency: h.currency, twd }] : [];
  });
  const unrated = holdings.filter((h) => h.amount !== 0 && toTwd(h, rates.toTwd) === null);
  const total = converted.reduce((sum, s) => sum + s.twd, 0);
  return [
    ...converted
      .sort((a, b) => b.twd - a.twd || a.currency.localeCompare(b.currency))
      .map((s) => ({
        key: s.currency,
        label: s.currency,
        value: s.twd,
        color: CURRENCY_COLORS[s.currency],
        shareText: formatShare(s.twd / total),
        valueText: formatTwd(s.twd),
      })),
    ...unrated.map((h) => ({
      key: h.currency,
      label: h.currency,
      value: 0,
      color: CURRENCY_COLORS[h.currency],
      shareText: '—',
      valueText: noRateText,
    })),
  ];
}
