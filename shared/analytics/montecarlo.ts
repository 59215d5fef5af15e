import { z } from 'zod';
import type { Market } from './assumptions';
import { invalid, parseOrThrow } from './errors';
import { riskMetrics, weightVector, weightsSchema } from './metrics';
import { formatMonth, parseMonth } from './months';
import { Xoshiro128 } from '../kernel/random';

/** Monthly Monte Carlo projection of a portfolio with contributions and withdrawals. */

export const MAX_MONTHS = 600;
export const MAX_PATHS = 100_000;
export const PERCENTILES = [5, 25, 50, 75, 95] as const;

const flowSchema = z.object({
  kind: z.enum(['contribution', 'withdrawal']),
  /** TWD per month, in today's money when inflationIndexed. */
  amount: z.number().gt(0),
  start: z.string(),
  /** Inclusive; open-ended when left out. */
  end: z.string().optional(),
  inflationIndexed: z.boolean().default(true),
});

const returnModelSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('lognormal'),
    /** Annual arithmetic mean and volatility; or `weights` over the market's assets instead. */
    expectedReturn: z.number().gt(-1).lt(10).optional(),
    volatility: z.number().min(0).lte(5).optional(),
    weights: weightsSchema.optional(),
  }),
  z.object({
    kind: z.literal('bootstrap'),
    /** Historical monthly simple returns, drawn with replacement. */
    monthlyReturns: z.array(z.number().gt(-1)).min(12),
  }),
]);

export const monteCarloInputSchema = z.object({
  startMonth: z.string(),
  months: z.number().int().min(1).max(MAX_MONTHS),
  initial: z.number().min(0),
  flows: z.array(flowSchema).default([]),
  /** Annual inflation, used for indexed flows and the real-terms paths. */
  inflation: z.number().gt(-0.5).lt(1).default(0),
  goal: z.object({ amount: z.number().gt(0), date: z.string(), real: z.boolean().default(false) }).optional(),
  paths: z.number().int().min(1).max(MAX_PATHS).default(10_000),
  seed: z.number().int().min(0).max(0xffffffff).default(1),
  model: returnModelSchema,
});

export type MonteCarloInput = z.output<typeof monteCarloInputSchema>;

export type ReturnModel =
  | { kind: 'lognormal'; expectedReturn: number; volatility: number }
  | { kind: 'bootstrap'; monthlyReturns: number[] };

export interface MonteCarloPlan extends Omit<MonteCarloInput, 'model'> {
  model: ReturnModel;
}

export interface MonteCarloResult {
  /** months + 1 labels: dates[0] is the start, dates[t] the end of simulated month t. */
  dates: string[];
  /** Nominal TWD per percentile (nearest-rank over the paths), one value per date. */
  percentiles: Record<string, number[]>;
  /** The same in today's money (deflated by the inflation assumption). */
  percentilesReal: Record<string, number[]>;
  /** Share of paths that could not pay a withdrawal in full at some point. */
  probabilityOfRuin: number;
  goal?: { amount: number; date: string; real: boolean; probability: number };
  paths: number;
  seed: number;
}

/** Parses the CLI/IPC JSON; a lognormal model given as weights is turned into its mean and volatility. */
export function parseMonteCarloInput(input: unknown, market?: Market): MonteCarloPlan {
  const parsed = parseOrThrow(monteCarloInputSchema, input, 'Monte Carlo input');
  const m = parsed.model;
  let model: ReturnModel;
  if (m.kind === 'bootstrap') {
    model = m;
  } else if (m.weights) {
    if (!market) throw invalid('model.weights needs capital-market assumptions');
    const metrics = riskMetrics(market, weightVector(market, m.weights, 'model.weights'), 0);
    model = { kind: 'lognormal', expectedReturn: metrics.expectedReturn, volatility: metrics.volatility };
  } else if (m.expectedReturn !== undefined && m.volatility !== undefined) {
    model = { kind: 'lognormal', expectedReturn: m.expectedReturn, volatility: m.volatility };
  } else {
    throw invalid('model: give expectedReturn and volatility, or weights');
  }
  return { ...parsed, model };
}

/**
 * Monthly log-return parameters whose 12-month compound matches the annual arithmetic mean and
 * volatility: ln(1+R) ~ N(m, s^2) with s^2 = ln(1 + sigma^2/(1+mu)^2), m = ln(1+mu) - s^2/2.
 * With sigma = 0 each month grows by exactly (1+mu)^(1/12).
 */
export function monthlyLogParameters(
  expectedReturn: number,
  volatility: number,
): { mean: number; sd: number } {
  const s2 = Math.log(1 + (volatility * volatility) / ((1 + expectedReturn) * (1 + expectedReturn)));
  return { mean: (Math.log(1 + expectedReturn) - s2 / 2) / 12, sd: Math.sqrt(s2 / 12) };
}

/** Net flow at the end of each simulated month (index 1..months), inflation-indexed where asked. */
export function monthlyFlows(plan: MonteCarloPlan, start: number): Float64Array {
  const flows = new Float64Array(plan.months + 1);
  plan.flows.forEach((f, k) => {
    const from = parseMonth(f.start, `flows[${k}].start`);
    const to = f.end === undefined ? Infinity : parseMonth(f.end, `flows[${k}].end`);
    if (to < from) throw invalid(`flows[${k}]: end ${f.end} is before start ${f.start}`);
    const sign = f.kind === 'contribution' ? 1 : -1;
    for (let t = 1; t <= plan.months; t++) {
      const month = start + t - 1;
      if (month < from || month > to) continue;
      const index = f.inflationIndexed ? (1 + plan.inflation) ** ((t - 1) / 12) : 1;
      flows[t] = flows[t]! + sign * f.amount * index;
    }
  });
  return flows;
}

export function runMonteCarlo(plan: MonteCarloPlan): MonteCarloResult {
  const start = parseMonth(plan.startMonth, 'startMonth');
  const { months, paths } = plan;
  let goalStep = -1;
  if (plan.goal) {
    goalStep = parseMonth(plan.goal.date, 'goal.date') - start;
    if (goalStep < 0 || goalStep > months) {
      throw invalid(
        `goal.date ${plan.goal.date} is outside the projection (${plan.startMonth} + ${months} months)`,
      );
    }
  }
  const flows = monthlyFlows(plan, start);
  const rng = new Xoshiro128(plan.seed);
  const balance = new Float64Array(paths).fill(plan.initial);
  const ruined = new Uint8Array(paths);
  const scratch = new Float64Array(paths);
  const ranks = PERCENTILES.map((p) => Math.max(0, Math.ceil((p / 100) * paths) - 1));
  const series = PERCENTILES.map(() => new Float64Array(months + 1));
  let goalHits = 0;
  const goalNominal = plan.goal
    ? plan.goal.amount * (plan.goal.real ? (1 + plan.inflation) ** (goalStep / 12) : 1)
    : 0;

  const record = (t: number) => {
    scratch.set(balance);
    selectRanks(scratch, ranks, 0, ranks.length - 1, 0, paths - 1);
    ranks.forEach((rank, k) => {
      series[k]![t] = scratch[rank]!;
    });
    if (t === goalStep) for (let p = 0; p < paths; p++) if (balance[p]! >= goalNominal) goalHits++;
  };

  // Growth factors for one month across all paths, refilled in place each month.
  const growth = new Float64Array(paths);
  const model = plan.model;
  const fillGrowth =
    model.kind === 'lognormal'
      ? lognormalFiller(rng, model.expectedReturn, model.volatility)
      : bootstrapFiller(rng, Float64Array.from(model.monthlyReturns));

  record(0);
  for (let t = 1; t <= months; t++) {
    const flow = flows[t]!;
    fillGrowth(growth);
    for (let p = 0; p < paths; p++) {
      const next = balance[p]! * growth[p]! + flow;
      if (next < 0) {
        ruined[p] = 1;
        balance[p] = 0;
      } else {
        balance[p] = next;
      }
    }
    record(t);
  }

  let ruinCount = 0;
  for (let p = 0; p < paths; p++) ruinCount += ruined[p]!;
  const key = (p: number) => `p${p}`;
  const percentiles: Record<string, number[]> = {};
  const percentilesReal: Record<string, number[]> = {};
  PERCENTILES.forEach((p, k) => {
    const nominal = Array.from(series[k]!);
    percentiles[key(p)] = nominal;
    percentilesReal[key(p)] = nominal.map((v, t) => v / (1 + plan.inflation) ** (t / 12));
  });
  const result: MonteCarloResult = {
    dates: Array.from({ length: months + 1 }, (_, t) => formatMonth(start + t)),
    percentiles,
    percentilesReal,
    probabilityOfRuin: ruinCount / paths,
    paths,
    seed: plan.seed,
  };
  if (plan.goal) result.goal = { ...plan.goal, probability: goalHits / paths };
  return result;
}

function lognormalFiller(rng: Xoshiro128, expectedReturn: number, volatility: number) {
  const { mean, sd } = monthlyLogParameters(expectedReturn, volatility);
  return (out: Float64Array) => {
    for (let p = 0; p < out.length; p++) out[p] = Math.exp(mean + sd * rng.nextNormal());
  };
}

function bootstrapFiller(rng: Xoshiro128, history: Float64Array) {
  return (out: Float64Array) => {
    for (let p = 0; p < out.length; p++) out[p] = 1 + history[Math.floor(rng.nextFloat() * history.length)]!;
  };
}

/** Places each of the sorted ranks[first..last] at its sorted position within a[lo..hi], middle rank first. */
function selectRanks(
  a: Float64Array,
  ranks: readonly number[],
  first: number,
  last: number,
  lo: number,
  hi: number,
) {
  if (first > last) return;
  const middle = (first + last) >>> 1;
  const k = ranks[middle]!;
  selectInPlace(a, k, lo, hi);
  selectRanks(a, ranks, first, middle - 1, lo, k - 1);
  selectRanks(a, ranks, middle + 1, last, k + 1, hi);
}

/**
 * Hoare quickselect: afterwards a[k] holds the k-th smallest of a[lo..hi], with no larger value
 * before it and no smaller after it, so a later, larger rank can be searched from k onwards.
 */
export function selectInPlace(a: Float64Array, k: number, lo: number, hi: number): void {
  let left = lo;
  let right = hi;
  while (right > left) {
    const mid = (left + right) >>> 1;
    // Median of three as the pivot keeps sorted and constant inputs fast.
    const x = a[left]!;
    const y = a[mid]!;
    const z = a[right]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const tmp = a[i]!;
        a[i] = a[j]!;
        a[j] = tmp;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}
