import { addMonths } from '../../../../shared/kernel/dates';

/** The periods the chart's range selector offers, and the custom one. */
export const CHART_RANGES = ['1M', '3M', '6M', 'YTD', '1Y', '3Y', '5Y'] as const;
export type ChartRange = (typeof CHART_RANGES)[number];

const MONTHS: Readonly<Record<Exclude<ChartRange, 'YTD'>, number>> = {
  '1M': 1,
  '3M': 3,
  '6M': 6,
  '1Y': 12,
  '3Y': 36,
  '5Y': 60,
};

/**
 * The first date a range shows, for a chart ending on `end`: the same day n months earlier, or the
 * year's start for YTD (its figure runs from the previous year's last point, as derived.ts's does).
 */
export function rangeStart(range: ChartRange, end: string): string {
  if (range === 'YTD') return `${Number(end.slice(0, 4)) - 1}-12-31`;
  return addMonths(end, -MONTHS[range]);
}
