import { z } from 'zod';
import { isoDateSchema } from '../clients';
import { CURRENCIES, type Currency } from '../../kernel/money';
import type { FxRates } from '../settings';
import { PERIODS } from './derived';
import { FREQUENCIES, FRESHNESS_STATES, IMPORT_ENCODINGS, IMPORT_LAYOUTS, SERIES_KINDS } from './words';

/** A series' code: what files name it by (TAIEX, USDTWD, TW10Y), upper case, no spaces. */
export const seriesCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9._\-/]{0,39}$/, { message: 'validation.marketData.code' });

/** A series in the catalogue: what it is and where its numbers come from. */
export const seriesSchema = z.object({
  code: seriesCodeSchema,
  nameZh: z
    .string()
    .trim()
    .min(1, { message: 'validation.required' })
    .max(80, { message: 'validation.tooLong' }),
  nameEn: z
    .string()
    .trim()
    .min(1, { message: 'validation.required' })
    .max(80, { message: 'validation.tooLong' }),
  kind: z.enum(SERIES_KINDS, { message: 'validation.marketData.kind' }),
  /** What one value is: 'points', 'TWD per USD', '%', 'USD per oz', 'NAV'. */
  unit: z.string().trim().max(30, { message: 'validation.tooLong' }),
  /** The currency of the values (TWD for a TWD cross rate, the fund's currency for a NAV); null for rates. */
  currency: z.enum(CURRENCIES, { message: 'validation.currency' }).nullable(),
  frequency: z.enum(FREQUENCIES),
  /** Who publishes it (TWSE, 中央銀行, the fund house); shown on slides and disclosures. */
  source: z.string().trim().max(80, { message: 'validation.tooLong' }),
  /** A fund NAV's shelf product; null otherwise. */
  productId: z.string().uuid({ message: 'validation.id' }).nullable(),
  /** Shipped sample data, not real prices: every screen and slide says so. */
  sample: z.boolean(),
});
export type Series = z.infer<typeof seriesSchema>;

export const pointSchema = z.object({ date: z.string(), value: z.number() });

export const freshnessSchema = z.object({
  state: z.enum(FRESHNESS_STATES),
  ageBusinessDays: z.number().int().nullable(),
});

/** A series as the list shows it: the catalogue entry, its span and its freshness today. */
export const seriesSummarySchema = seriesSchema.extend({
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
  lastValue: z.number().nullable(),
  pointCount: z.number().int(),
  freshness: freshnessSchema,
});
export type SeriesSummary = z.infer<typeof seriesSummarySchema>;

const periodFigures = z.object(
  Object.fromEntries(PERIODS.map((p) => [p, z.number().nullable()])) as Record<
    (typeof PERIODS)[number],
    z.ZodNullable<z.ZodNumber>
  >,
);

/** derived.ts's SeriesFigures. */
export const seriesFiguresSchema = z.object({
  returns: periodFigures,
  volatility1Y: z.number().nullable(),
  maxDrawdown: z.number(),
  currentDrawdown: z.number(),
});

export const dateRangeSchema = {
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
};

/** Per series in a file: points new, points whose value changed, points already there as they were. */
export const importCountsSchema = z.object({
  code: z.string(),
  added: z.number().int(),
  corrected: z.number().int(),
  unchanged: z.number().int(),
  /** The series was not in the catalogue before this file (a standard series or one the file declared). */
  created: z.boolean(),
});
export type ImportCounts = z.infer<typeof importCountsSchema>;

export const importReportSchema = z.object({
  format: z.enum(['csv', 'xlsx']),
  layout: z.enum(IMPORT_LAYOUTS),
  /** The encoding the CSV was read in (null for Excel). */
  encoding: z.enum(IMPORT_ENCODINGS).exclude(['auto']).nullable(),
  points: z.number().int(),
  added: z.number().int(),
  corrected: z.number().int(),
  unchanged: z.number().int(),
  series: z.array(importCountsSchema),
});
export type ImportReport = z.infer<typeof importReportSchema>;

/** Where an import stands, for a progress bar polled while the file is read. */
export const IMPORT_PHASES = ['reading', 'writing', 'done', 'failed', 'unknown'] as const;
export const importProgressSchema = z.object({
  phase: z.enum(IMPORT_PHASES),
  /** Data rows read so far. */
  rows: z.number().int(),
  bytesRead: z.number().int(),
  /** The file's size (0 when not known). */
  bytesTotal: z.number().int(),
});
export type ImportProgress = z.infer<typeof importProgressSchema>;

/** One currency's rate to TWD as holdings use it, with its date and where it came from. */
export const fxRateSchema = z.object({
  currency: z.enum(CURRENCIES),
  rate: z.number(),
  date: z.string(),
  /** The market series it came from, or 'settings' for the rate typed in the settings. */
  source: z.enum(['market', 'settings']),
  code: z.string().nullable(),
  freshness: freshnessSchema,
});
export type FxRate = z.infer<typeof fxRateSchema>;

/**
 * The rates in force (market.fxLatest) as one table, the one every TWD total converts with, in the
 * core and on the screen: TWD is 1, each rate keeps its date, and the table is as of the oldest of
 * them (`noRatesAsOf` when there are none).
 */
export function fxRatesOf(rates: readonly FxRate[], noRatesAsOf: string): FxRates {
  const toTwd: Partial<Record<Currency, number>> = { TWD: 1 };
  const dates: Partial<Record<Currency, string>> = {};
  for (const r of rates) {
    toTwd[r.currency] = r.rate;
    dates[r.currency] = r.date;
  }
  const oldest = rates.map((r) => r.date).sort()[0] ?? noRatesAsOf;
  return { asOf: oldest, toTwd, dates };
}
