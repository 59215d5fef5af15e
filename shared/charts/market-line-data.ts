import { rebased, type Point } from '../features/market-data';

/**
 * The data of a market line chart, apart from its drawing (pure, tested on its own): series as
 * levels or rebased to 100 at their first common date, merged into rows by day, thinned to about
 * one point a pixel, and the date ticks of the x axis.
 */

export interface MarketLine {
  key: string;
  label: string;
  /** Ascending by date, one per date. */
  points: readonly Point[];
}

export type MarketLineMode = 'level' | 'rebased';

/** One x position: the day number (days since 1970-01-01) and each series' value on it (or none). */
export type MarketRow = { day: number } & Record<string, number | undefined>;

const MS_PER_DAY = 86_400_000;

export function dayNumber(isoDate: string): number {
  return Math.round(
    Date.UTC(+isoDate.slice(0, 4), +isoDate.slice(5, 7) - 1, +isoDate.slice(8, 10)) / MS_PER_DAY,
  );
}

export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The lines as drawn: their own levels, or each rebased to 100 where they all begin to have data. */
export function linesForMode(lines: readonly MarketLine[], mode: MarketLineMode): MarketLine[] {
  if (mode === 'level') return [...lines];
  const rebasedPoints = rebased(lines.map((l) => l.points));
  return lines.map((line, i) => ({ ...line, points: rebasedPoints[i]! }));
}

/**
 * Keeps every `step`-th point (and the last) when a series has more points than the chart has
 * room for: a line of 1,300 daily points on 600 pixels draws the same with half of them.
 */
export function thinned(points: readonly Point[], maxPoints: number): readonly Point[] {
  if (points.length <= maxPoints || maxPoints < 2) return points;
  const step = Math.ceil(points.length / maxPoints);
  const kept: Point[] = [];
  for (let i = 0; i < points.length; i += step) kept.push(points[i]!);
  if (kept.at(-1) !== points.at(-1)) kept.push(points.at(-1)!);
  return kept;
}

/** Rows by day, ascending, each with the values of the series that have a point that day. */
export function mergeRows(lines: readonly MarketLine[]): MarketRow[] {
  const byDay = new Map<number, MarketRow>();
  lines.forEach((line, i) => {
    for (const p of line.points) {
      const day = dayNumber(p.date);
      let row = byDay.get(day);
      if (!row) {
        row = { day } as MarketRow;
        byDay.set(day, row);
      }
      row[`s${i}`] = p.value;
    }
  });
  return [...byDay.values()].sort((a, b) => a.day - b.day);
}

/**
 * Date ticks for a span: month starts, every 1, 2, 3, 6 or 12 months so that at most `maxTicks`
 * fit; for a span under two months, every 7 days from the first.
 */
export function dateTicks(firstDay: number, lastDay: number, maxTicks: number): number[] {
  if (lastDay <= firstDay) return [firstDay];
  if (lastDay - firstDay < 62) {
    const ticks: number[] = [];
    for (let d = firstDay; d <= lastDay; d += 7) ticks.push(d);
    return ticks;
  }
  const first = isoOfDay(firstDay);
  const last = isoOfDay(lastDay);
  const monthIndex = (iso: string) => +iso.slice(0, 4) * 12 + (+iso.slice(5, 7) - 1);
  const from = monthIndex(first) + (first.endsWith('-01') ? 0 : 1);
  const to = monthIndex(last);
  const months = to - from + 1;
  const step = [1, 2, 3, 6, 12, 24, 60].find((s) => Math.ceil(months / s) <= maxTicks) ?? 120;
  const ticks: number[] = [];
  // Steps of 3, 6 and 12 months fall on quarter, half-year and year starts.
  const start = step > 1 && step <= 12 ? from + ((step - (from % step)) % step) : from;
  for (let m = start; m <= to; m += step) {
    const iso = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;
    ticks.push(dayNumber(iso));
  }
  return ticks;
}

/** The value range of the drawn lines, padded a little so no line runs along the frame. */
export function valueDomain(lines: readonly MarketLine[]): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const line of lines)
    for (const p of line.points) {
      if (p.value < low) low = p.value;
      if (p.value > high) high = p.value;
    }
  if (!Number.isFinite(low)) return [0, 1];
  const pad = (high - low) * 0.05 || Math.abs(high) * 0.05 || 1;
  return [low - pad, high + pad];
}
