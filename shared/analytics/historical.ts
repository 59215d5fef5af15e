import { Xoshiro128 } from '../kernel/random';
import { invalid } from './errors';
import { PERCENTILES } from './montecarlo-paths';
import { historicalTail } from './series';

/**
 * Risk from imported market series rather than assumptions: the joint returns of several series
 * on the dates they share, a weighted portfolio's historical VaR/CVaR, and a Monte Carlo that
 * draws whole periods (all series' returns of one date together, so their correlation is kept)
 * from that history, one at a time (iid) or in blocks of consecutive periods (which also keeps
 * short-run autocorrelation and volatility clusters). Seeded: the same input gives the same paths.
 */

export interface DatedValue {
  date: string;
  value: number;
}

export type ReturnFrequency = 'daily' | 'monthly';

export interface JointReturns {
  /** The end date of each period. */
  dates: string[];
  /** rows[t][i]: series i's simple return over period t. */
  rows: number[][];
}

/** Each series' values on the dates all of them have, ascending (series ascending, one point a date). */
function commonValues(series: readonly (readonly DatedValue[])[]): { dates: string[]; values: number[][] } {
  const counts = new Map<string, number>();
  for (const points of series) for (const p of points) counts.set(p.date, (counts.get(p.date) ?? 0) + 1);
  const dates = [...counts].filter(([, n]) => n === series.length).map(([d]) => d);
  dates.sort();
  const lookups = series.map((points) => new Map(points.map((p) => [p.date, p.value])));
  return { dates, values: dates.map((d) => lookups.map((l) => l.get(d)!)) };
}

/**
 * Simple returns of every series between consecutive common dates (daily), or between the last
 * common dates of consecutive months (monthly). A period where any value is not positive is left
 * out (a price of 0 has no return).
 */
export function jointReturns(
  series: readonly (readonly DatedValue[])[],
  frequency: ReturnFrequency = 'daily',
): JointReturns {
  if (series.length === 0) throw invalid('jointReturns needs at least one series');
  let { dates, values } = commonValues(series);
  if (frequency === 'monthly') {
    const lastOfMonth = dates.flatMap((d, i) => (dates[i + 1]?.slice(0, 7) === d.slice(0, 7) ? [] : [i]));
    dates = lastOfMonth.map((i) => dates[i]!);
    values = lastOfMonth.map((i) => values[i]!);
  }
  const out: JointReturns = { dates: [], rows: [] };
  for (let t = 1; t < dates.length; t++) {
    const before = values[t - 1]!;
    const after = values[t]!;
    if (before.some((v) => !(v > 0)) || after.some((v) => !(v > 0))) continue;
    out.dates.push(dates[t]!);
    out.rows.push(after.map((v, i) => v / before[i]! - 1));
  }
  return out;
}

function checkWeights(weights: readonly number[], assets: number): void {
  if (weights.length !== assets) throw invalid(`weights has ${weights.length} entries for ${assets} series`);
  if (weights.some((w) => !Number.isFinite(w))) throw invalid('weights must be finite numbers');
}

/** The portfolio's return each period, rebalanced to the weights at the start of every period. */
export function portfolioReturns(joint: JointReturns, weights: readonly number[]): number[] {
  checkWeights(weights, joint.rows[0]?.length ?? weights.length);
  return joint.rows.map((row) => row.reduce((sum, r, i) => sum + weights[i]! * r, 0));
}

export interface HistoricalRisk {
  confidence: number;
  /** Losses as positive fractions of the portfolio, over one period of the returns' frequency. */
  valueAtRisk: number;
  conditionalValueAtRisk: number;
  observations: number;
  from: string;
  to: string;
}

/**
 * Historical VaR and CVaR of a weighted portfolio of the series: k = ceil(n(1 − c)) worst
 * periods of its rebalanced returns (series.ts's historicalTail, as for a single return series).
 */
export function historicalPortfolioRisk(
  series: readonly (readonly DatedValue[])[],
  weights: readonly number[],
  options: { confidence: number; frequency?: ReturnFrequency },
): HistoricalRisk {
  const joint = jointReturns(series, options.frequency);
  if (joint.rows.length < 2) throw invalid('too few common dates for a historical VaR (at least 3 needed)');
  const tail = historicalTail(portfolioReturns(joint, weights), options.confidence);
  return {
    ...tail,
    observations: joint.rows.length,
    from: joint.dates[0]!,
    to: joint.dates.at(-1)!,
  };
}

export interface BootstrapOptions {
  weights: readonly number[];
  /** Periods to project (days for daily returns, months for monthly). */
  horizon: number;
  paths: number;
  seed: number;
  /** Consecutive periods drawn together; 1 (the default) is the iid bootstrap. */
  blockLength?: number;
}

export interface BootstrapBand {
  period: number;
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

export interface BootstrapResult {
  /** Percentiles of the value of 1 invested, at the end of each period (nearest rank). */
  bands: BootstrapBand[];
  /** Each path's final value of 1 invested, ascending. */
  terminal: Float64Array;
  /** Share of paths that end below 1. */
  probabilityOfLoss: number;
}

export const MAX_BOOTSTRAP_CELLS = 20_000_000;

/**
 * The moving-block bootstrap of the joint history: each path is built from blocks of
 * `blockLength` consecutive periods, each starting at a uniformly drawn period and wrapping
 * round the end (the circular form, so every period is equally likely to be drawn). The portfolio
 * is rebalanced to the weights every period.
 */
export function bootstrapPortfolio(joint: JointReturns, options: BootstrapOptions): BootstrapResult {
  const { horizon, paths, seed } = options;
  const blockLength = options.blockLength ?? 1;
  const n = joint.rows.length;
  if (n === 0) throw invalid('no returns to draw from');
  if (!Number.isInteger(horizon) || horizon < 1)
    throw invalid(`horizon must be a whole number ≥ 1, got ${horizon}`);
  if (!Number.isInteger(paths) || paths < 1) throw invalid(`paths must be a whole number ≥ 1, got ${paths}`);
  if (!Number.isInteger(blockLength) || blockLength < 1 || blockLength > n)
    throw invalid(`blockLength must be a whole number from 1 to ${n}, got ${blockLength}`);
  if (paths * horizon > MAX_BOOTSTRAP_CELLS)
    throw invalid(`paths × horizon must be at most ${MAX_BOOTSTRAP_CELLS}`);
  const growth = Float64Array.from(portfolioReturns(joint, options.weights), (r) => 1 + r);
  const random = new Xoshiro128(seed);
  // values[t * paths + p]: path p's value after period t + 1, so one period's values sit together.
  const values = new Float64Array(horizon * paths);
  for (let p = 0; p < paths; p++) {
    let value = 1;
    let at = 0;
    for (let t = 0; t < horizon; t++) {
      if (t % blockLength === 0) at = Math.floor(random.nextFloat() * n);
      else at = (at + 1) % n;
      value *= growth[at]!;
      values[t * paths + p] = value;
    }
  }
  const bands: BootstrapBand[] = [];
  for (let t = 0; t < horizon; t++) {
    const period = values.subarray(t * paths, (t + 1) * paths).sort();
    const [p5, p25, p50, p75, p95] = PERCENTILES.map((q) => nearestRank(period, q));
    bands.push({ period: t + 1, p5: p5!, p25: p25!, p50: p50!, p75: p75!, p95: p95! });
  }
  const terminal = values.slice((horizon - 1) * paths);
  let losses = 0;
  for (const v of terminal) if (v < 1) losses++;
  return { bands, terminal, probabilityOfLoss: losses / paths };
}

/** The q-th percentile of sorted values by nearest rank: the ceil(q/100 · n)-th smallest. */
function nearestRank(sorted: Float64Array, q: number): number {
  const rank = Math.max(1, Math.ceil((q / 100) * sorted.length - 1e-9));
  return sorted[rank - 1]!;
}
