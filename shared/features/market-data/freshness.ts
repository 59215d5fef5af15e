import { addMonths, businessDaysBetween } from '../../kernel/dates';
import type { MarketDataSettings } from './settings';
import type { FreshnessState, SeriesKind } from './words';

export interface Freshness {
  state: FreshnessState;
  /** Business days from the last point to today (0 on the day; null without points). */
  ageBusinessDays: number | null;
}

/**
 * Whether a series is up to date on `today` (the firm's calendar day): stale once more business
 * days have passed since its last point than the setting for its kind allows (3: a Wednesday's
 * close is fresh through Monday, stale on Tuesday), or for a setting in months once the same day
 * that many months later has passed.
 */
export function freshnessOf(
  series: { kind: SeriesKind },
  lastDate: string | null,
  today: string,
  settings: MarketDataSettings,
): Freshness {
  if (lastDate === null) return { state: 'empty', ageBusinessDays: null };
  const ageBusinessDays = businessDaysBetween(lastDate, today);
  const limit = settings.staleAfter[series.kind];
  const stale =
    limit.unit === 'businessDays' ? ageBusinessDays > limit.count : today > addMonths(lastDate, limit.count);
  return { state: stale ? 'stale' : 'fresh', ageBusinessDays };
}
