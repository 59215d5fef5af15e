import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';
import { SERIES_KINDS, type SeriesKind } from './words';

/**
 * When a series' last point is too old to be shown without a warning: a number of business days
 * (Monday to Friday) or calendar months after it, per kind of series.
 */
export const STALE_UNITS = ['businessDays', 'months'] as const;
export const staleAfterSchema = z.object({
  count: z.number().int().min(1).max(365),
  unit: z.enum(STALE_UNITS),
});
export type StaleAfter = z.infer<typeof staleAfterSchema>;

export const marketDataSettingsSchema = z.object({
  staleAfter: z.record(z.enum(SERIES_KINDS), staleAfterSchema),
});
export type MarketDataSettings = z.infer<typeof marketDataSettingsSchema>;

/**
 * The values: 3 business days for FX and indices, 1 month for NAVs (published with a lag,
 * some only weekly). Market rates move daily like indices but a quiet week changes little: 5
 * business days. Gold trades daily: 3.
 */
export const DEFAULT_MARKET_DATA_SETTINGS: MarketDataSettings = {
  staleAfter: {
    index: { count: 3, unit: 'businessDays' },
    fx: { count: 3, unit: 'businessDays' },
    rate: { count: 5, unit: 'businessDays' },
    nav: { count: 1, unit: 'months' },
    commodity: { count: 3, unit: 'businessDays' },
  } satisfies Record<SeriesKind, StaleAfter>,
};

export const MARKET_DATA_SETTINGS_WORDS: AuditWords = { 'zh-TW': '市場資料設定', en: 'market data settings' };
