import { addMonths } from '../../kernel/dates';
import type { SeriesKind } from './words';

/**
 * Figures derived from a series' points, pure and shared: the screens, the briefing slides and
 * their PDF show the same numbers. Points are ascending by date, one per date (as the store keeps
 * them). Conventions, stated once:
 * - A period's figure runs from the last point on or before its anchor date to the last point
 *   (on or before `asOf` when given). Anchors: 1M/3M/1Y/3Y are the same day 1/3/12/36 months
 *   earlier (the month's last day when it has no such day); YTD is the previous year's 31 December.
 *   No point on or before the anchor (history too short): null, never a shorter period.
 * - Returns are simple (end / start − 1). Rates are already percentages: their figure is the change
 *   in percentage points (end − start) instead.
 * - Volatility: the sample standard deviation (n − 1) of daily log returns between consecutive
 *   points, annualised by √252 (trading days a year), whatever the calendar gaps between points.
 * - Drawdowns are fractions ≤ 0 of the running peak (−0.25 is 25 % below it).
 * - Correlations: Pearson's, of log returns between consecutive dates both series have.
 */

export interface Point {
  date: string;
  value: number;
}

export const PERIODS = ['1M', '3M', 'YTD', '1Y', '3Y'] as const;
export type Period = (typeof PERIODS)[number];

export const TRADING_DAYS_PER_YEAR = 252;

/** How a kind's period figures are measured: a rate's change is in points, others' in percent. */
export type Measure = 'relative' | 'difference';
export const measureOf = (kind: SeriesKind): Measure => (kind === 'rate' ? 'difference' : 'relative');

const PERIOD_MONTHS: Readonly<Record<Exclude<Period, 'YTD'>, number>> = {
  '1M': 1,
  '3M': 3,
  '1Y': 12,
  '3Y': 36,
};

/** The date a period starts from, for a period ending on `end`. */
export function anchorOf(period: Period, end: string): string {
  if (period === 'YTD') return `${Number(end.slice(0, 4)) - 1}-12-31`;
  return addMonths(end, -PERIOD_MONTHS[period]);
}

/** The index of the last point on or before a date, or -1 (binary search). */
export function indexOnOrBefore(points: readonly Point[], date: string): number {
  let low = 0;
  let high = points.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (points[middle]!.date <= date) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** The last point on or before a date, or null. */
export function pointOnOrBefore(points: readonly Point[], date: string): Point | null {
  const index = indexOnOrBefore(points, date);
  return index < 0 ? null : points[index]!;
}

/** The points up to `asOf` (all of them without it). */
function upTo(points: readonly Point[], asOf?: string): readonly Point[] {
  return asOf === undefined ? points : points.slice(0, indexOnOrBefore(points, asOf) + 1);
}

/** One period's return (or change in points for a rate), or null when the history is too short. */
export function periodReturn(
  points: readonly Point[],
  period: Period,
  options: { asOf?: string; measure?: Measure } = {},
): number | null {
  const until = upTo(points, options.asOf);
  const end = until.at(-1);
  if (!end) return null;
  const start = pointOnOrBefore(until, anchorOf(period, end.date));
  if (!start) return null;
  if ((options.measure ?? 'relative') === 'difference') return end.value - start.value;
  return start.value === 0 ? null : end.value / start.value - 1;
}

/** Every period's figure. */
export function periodReturns(
  points: readonly Point[],
  options: { asOf?: string; measure?: Measure } = {},
): Record<Period, number | null> {
  return Object.fromEntries(PERIODS.map((p) => [p, periodReturn(points, p, options)])) as Record<
    Period,
    number | null
  >;
}

/** Log returns between consecutive points (positive values only; others are skipped as gaps). */
export function logReturns(points: readonly Point[]): number[] {
  const returns: number[] = [];
  for (let i = 1; i < points.length; i += 1) {
    const before = points[i - 1]!.value;
    const after = points[i]!.value;
    if (before > 0 && after > 0) returns.push(Math.log(after / before));
  }
  return returns;
}

function sampleStandardDeviation(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const squares = values.reduce((s, v) => s + (v - mean) ** 2, 0);
  return Math.sqrt(squares / (values.length - 1));
}

/** Annualised volatility of daily log returns (√252); null with fewer than two returns. */
export function annualisedVolatility(points: readonly Point[]): number | null {
  const deviation = sampleStandardDeviation(logReturns(points));
  return deviation === null ? null : deviation * Math.sqrt(TRADING_DAYS_PER_YEAR);
}

export interface Drawdown {
  /** The largest fall from a running peak (≤ 0), with the peak and the trough it ran between. */
  max: number;
  peakDate: string | null;
  troughDate: string | null;
  /** The last point below the highest point before it (≤ 0). */
  current: number;
}

/** The maximum and the current drawdown; 0 (and no dates) for a series that never fell. */
export function drawdown(points: readonly Point[]): Drawdown {
  let peak: Point | null = null;
  let result: Drawdown = { max: 0, peakDate: null, troughDate: null, current: 0 };
  for (const point of points) {
    if (peak === null || point.value > peak.value) peak = point;
    const fall = peak.value > 0 ? point.value / peak.value - 1 : 0;
    if (fall < result.max) result = { ...result, max: fall, peakDate: peak.date, troughDate: point.date };
    result.current = fall;
  }
  return result;
}

/** Two series' values on the dates both have, ascending. */
export function commonDates(a: readonly Point[], b: readonly Point[]): [number, number][] {
  const pairs: [number, number][] = [];
  let j = 0;
  for (const point of a) {
    while (j < b.length && b[j]!.date < point.date) j += 1;
    if (j < b.length && b[j]!.date === point.date) pairs.push([point.value, b[j]!.value]);
  }
  return pairs;
}

/** Pearson correlation of the two series' log returns on common dates; null with fewer than 3 returns. */
export function correlation(a: readonly Point[], b: readonly Point[]): number | null {
  const pairs = commonDates(a, b);
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 1; i < pairs.length; i += 1) {
    const [a0, b0] = pairs[i - 1]!;
    const [a1, b1] = pairs[i]!;
    if (a0 > 0 && a1 > 0 && b0 > 0 && b1 > 0) {
      x.push(Math.log(a1 / a0));
      y.push(Math.log(b1 / b0));
    }
  }
  if (x.length < 3) return null;
  const mean = (v: number[]) => v.reduce((s, n) => s + n, 0) / v.length;
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i += 1) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

/** The correlation of every pair, as a symmetric matrix with 1 on the diagonal. */
export function correlationMatrix(series: readonly (readonly Point[])[]): (number | null)[][] {
  const matrix: (number | null)[][] = series.map(() => series.map(() => 1));
  for (let i = 0; i < series.length; i += 1) {
    for (let j = i + 1; j < series.length; j += 1) {
      const value = correlation(series[i]!, series[j]!);
      matrix[i]![j] = value;
      matrix[j]![i] = value;
    }
  }
  return matrix;
}

/**
 * Each series rebased to `base` at the first date they all have, from that date on (a comparison
 * chart); empty lists when they share no date.
 */
export function rebased(series: readonly (readonly Point[])[], base = 100): Point[][] {
  if (series.length === 0) return [];
  const dateSets = series.map((points) => new Set(points.map((p) => p.date)));
  const first = series[0]!.find((p) => dateSets.every((set) => set.has(p.date)))?.date;
  if (first === undefined) return series.map(() => []);
  return series.map((points) => {
    const start = points.findIndex((p) => p.date === first);
    const origin = points[start]!.value;
    return points
      .slice(start)
      .map((p) => ({ date: p.date, value: origin === 0 ? 0 : (p.value / origin) * base }));
  });
}

/** The figures a returns table shows for one series. */
export interface SeriesFigures {
  returns: Record<Period, number | null>;
  /** Over the last year of points (1Y anchor to the end). */
  volatility1Y: number | null;
  maxDrawdown: number;
  currentDrawdown: number;
}

export function figuresOf(points: readonly Point[], kind: SeriesKind, asOf?: string): SeriesFigures {
  const until = upTo(points, asOf);
  const end = until.at(-1);
  const yearStart = end ? Math.max(0, indexOnOrBefore(until, anchorOf('1Y', end.date))) : 0;
  const lastYear = until.slice(yearStart);
  const { max, current } = drawdown(until);
  return {
    returns: periodReturns(until, { measure: measureOf(kind) }),
    volatility1Y: kind === 'rate' ? null : annualisedVolatility(lastYear),
    maxDrawdown: max,
    currentDrawdown: current,
  };
}
