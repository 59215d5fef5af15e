import type { Measure } from '../../../../shared/features/market-data';
import type { Language } from '../../../../shared/i18n/messages';

/** How 市場資料 writes its figures: a signed percent, a change in points for rates, a level. */

const DASH = '—';

/** A fraction as a signed percent ("+12.3%"), or a change of a rate in percentage points. */
export function periodText(value: number | null, measure: Measure, language: Language): string {
  if (value === null) return DASH;
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  if (measure === 'difference')
    return `${sign}${Math.abs(value).toFixed(2)} ${language === 'zh-TW' ? '百分點' : 'pp'}`;
  return `${sign}${Math.abs(value * 100).toFixed(1)}%`;
}

/** A fraction as an unsigned percent ("18.2%"), for volatility; drawdowns keep their minus. */
export function percentText(value: number | null): string {
  if (value === null) return DASH;
  return `${value < 0 ? '−' : ''}${Math.abs(value * 100).toFixed(1)}%`;
}

const LEVEL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, minimumFractionDigits: 2 });
const SMALL_LEVEL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4, minimumFractionDigits: 4 });

/** A series' value: two decimals, four under 1 (JPY/TWD 0.2104). */
export function levelText(value: number | null): string {
  if (value === null) return DASH;
  return Math.abs(value) < 1 ? SMALL_LEVEL.format(value) : LEVEL.format(value);
}

/** A correlation to two decimals. */
export function correlationText(value: number | null): string {
  return value === null ? DASH : value.toFixed(2);
}
