import { invalid } from './errors';
import { Xoshiro128 } from '../kernel/random';

/**
 * The Monte Carlo path engines under runMonteCarlo and the proposal analysis: monthly balances in
 * typed arrays, no allocation per step, percentiles read only at the steps asked for (every month
 * for the CLI, every year for a proposal), the paths at or above each checkpoint amount, and the
 * step at which each path first could not pay.
 * - simulatePaths goes month by month over all paths (the CLI's order of random draws, pinned by
 *   its golden values; lognormal or bootstrap);
 * - simulatePathsAntithetic goes path by path, in pairs driven by the draws z and -z (antithetic
 *   variates: half the normal deviates, a lower variance of the mean), which keeps one path's
 *   state in registers and follows maximum drawdowns for free; lognormal only.
 */

export const PERCENTILES = [5, 25, 50, 75, 95] as const;

export type ReturnModel =
  | { kind: 'lognormal'; expectedReturn: number; volatility: number }
  | { kind: 'bootstrap'; monthlyReturns: number[] };

export interface Checkpoint {
  step: number;
  /** Nominal TWD the balance must reach at that step. */
  amount: number;
}

export interface PathPlan {
  months: number;
  paths: number;
  seed: number;
  initial: number;
  model: ReturnModel;
  /** Added after growth at the end of month t (index 1..months); negative amounts are withdrawals. */
  inflows: Float64Array;
  /** Steps (0..months, ascending) at which the balance's percentiles are taken, after that step's flows. */
  recordSteps: readonly number[];
  /** Read at their step after growth and inflow (before any outflow of that step). */
  checkpoints?: readonly Checkpoint[];
}

export interface LognormalPortfolio {
  expectedReturn: number;
  volatility: number;
}

export interface AntitheticPlan extends Omit<PathPlan, 'model'> {
  model: LognormalPortfolio;
  /** Taken out at step t after the checkpoints are read (lump sums, goal withdrawals). */
  outflows: Float64Array;
  /** Portfolios whose per-path maximum drawdown of growth alone (no flows) is followed, on the same draws. */
  drawdownOf: readonly LognormalPortfolio[];
}

export interface PathOutcome {
  /** percentiles[k][j]: the PERCENTILES[k] percentile (nearest rank) of the balance at recordSteps[j]. */
  percentiles: Float64Array[];
  /** Per checkpoint, 1 for each path at or above its amount. */
  checkpointHits: Uint8Array[];
  /** The step at which each path first could not pay a withdrawal in full; months + 1 if never. */
  ruinStep: Int32Array;
  /** Per drawdownOf portfolio, each path's largest peak-to-trough fall as a fraction (0..1). */
  maxDrawdowns: Float64Array[];
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

/** Where each step is recorded (-1: not) and which checkpoints it reads, as linked lists per step. */
function stepTables(plan: Pick<PathPlan, 'months' | 'recordSteps' | 'checkpoints'>) {
  const { months } = plan;
  const recordAt = new Int32Array(months + 1).fill(-1);
  plan.recordSteps.forEach((step, j) => {
    if (!(Number.isInteger(step) && step >= 0 && step <= months))
      throw invalid(`record step ${step} is outside 0..${months}`);
    recordAt[step] = j;
  });
  const checkpoints = plan.checkpoints ?? [];
  const firstCheckpoint = new Int32Array(months + 1).fill(-1);
  const nextCheckpoint = new Int32Array(checkpoints.length).fill(-1);
  checkpoints.forEach((c, k) => {
    if (!(Number.isInteger(c.step) && c.step >= 0 && c.step <= months))
      throw invalid(`checkpoint step ${c.step} is outside 0..${months}`);
    nextCheckpoint[k] = firstCheckpoint[c.step]!;
    firstCheckpoint[c.step] = k;
  });
  const amounts = Float64Array.from(checkpoints, (c) => c.amount);
  return { recordAt, firstCheckpoint, nextCheckpoint, amounts, count: checkpoints.length };
}

function percentileRanks(paths: number): number[] {
  return PERCENTILES.map((p) => Math.max(0, Math.ceil((p / 100) * paths) - 1));
}

/** Writes the percentiles of values into column j of percentiles (values is reordered). */
function readPercentiles(
  values: Float64Array,
  ranks: readonly number[],
  percentiles: Float64Array[],
  j: number,
) {
  selectRanks(values, ranks, 0, ranks.length - 1, 0, values.length - 1);
  ranks.forEach((rank, k) => {
    percentiles[k]![j] = values[rank]!;
  });
}

export function simulatePaths(plan: PathPlan): PathOutcome {
  const { months, paths } = plan;
  const rng = new Xoshiro128(plan.seed);
  const balance = new Float64Array(paths).fill(plan.initial);
  const ruinStep = new Int32Array(paths).fill(months + 1);
  const scratch = new Float64Array(paths);
  const ranks = percentileRanks(paths);
  const percentiles = PERCENTILES.map(() => new Float64Array(plan.recordSteps.length));
  const steps = stepTables(plan);
  const checkpointHits = Array.from({ length: steps.count }, () => new Uint8Array(paths));

  const readStep = (t: number) => {
    for (let k = steps.firstCheckpoint[t]!; k >= 0; k = steps.nextCheckpoint[k]!) {
      const amount = steps.amounts[k]!;
      const hits = checkpointHits[k]!;
      for (let p = 0; p < paths; p++) hits[p] = balance[p]! >= amount ? 1 : 0;
    }
    const j = steps.recordAt[t]!;
    if (j < 0) return;
    scratch.set(balance);
    readPercentiles(scratch, ranks, percentiles, j);
  };

  readStep(0);
  const model = plan.model;
  const { mean, sd } =
    model.kind === 'lognormal'
      ? monthlyLogParameters(model.expectedReturn, model.volatility)
      : { mean: 0, sd: 0 };
  const history = model.kind === 'bootstrap' ? Float64Array.from(model.monthlyReturns) : null;
  for (let t = 1; t <= months; t++) {
    const flow = plan.inflows[t]!;
    for (let p = 0; p < paths; p++) {
      const growth = history
        ? 1 + history[Math.floor(rng.nextFloat() * history.length)]!
        : Math.exp(mean + sd * rng.nextNormal());
      const next = balance[p]! * growth + flow;
      if (next < 0) {
        if (ruinStep[p]! > months) ruinStep[p] = t;
        balance[p] = 0;
      } else balance[p] = next;
    }
    readStep(t);
  }
  return { percentiles, checkpointHits, ruinStep, maxDrawdowns: [] };
}

export function simulatePathsAntithetic(plan: AntitheticPlan): PathOutcome {
  const { months, paths, initial, inflows, outflows } = plan;
  const rng = new Xoshiro128(plan.seed);
  const { mean, sd } = monthlyLogParameters(plan.model.expectedReturn, plan.model.volatility);
  // exp(m - s z) = exp(2m) / exp(m + s z): the partner path's growth costs a division, not an exp.
  const partner = Math.exp(2 * mean);
  const steps = stepTables(plan);
  const { recordAt, firstCheckpoint, nextCheckpoint, amounts } = steps;
  // One read per step says whether anything besides growth and inflow happens then.
  const eventful = new Uint8Array(months + 1);
  for (let t = 0; t <= months; t++)
    eventful[t] = recordAt[t]! >= 0 || firstCheckpoint[t]! >= 0 || outflows[t] !== 0 ? 1 : 0;
  const records = plan.recordSteps.map(() => new Float64Array(paths));
  const checkpointHits = Array.from({ length: steps.count }, () => new Uint8Array(paths));
  const ruinStep = new Int32Array(paths);
  const drawdowns = plan.drawdownOf.map((d) => ({
    ...monthlyLogParameters(d.expectedReturn, d.volatility),
    falls: new Float64Array(paths),
  }));
  const z = new Float64Array(months + 1);
  // Month 0 has no growth and no inflow; its events (a record, a checkpoint) still happen.
  const up = new Float64Array(months + 1).fill(1);
  const down = new Float64Array(months + 1).fill(1);
  const flows = Float64Array.from(inflows);
  flows[0] = 0;

  for (let pair = 0; pair < paths; pair += 2) {
    for (let t = 1; t <= months; t++) {
      const draw = rng.nextNormal();
      z[t] = draw;
      const g = Math.exp(mean + sd * draw);
      up[t] = g;
      down[t] = partner / g;
    }
    for (let side = 0; side < 2 && pair + side < paths; side++) {
      const p = pair + side;
      const growth = side === 0 ? up : down;
      let balance = initial;
      let ruin = months + 1;
      for (let t = 0; t <= months; t++) {
        balance = balance * growth[t]! + flows[t]!;
        if (balance < 0) {
          if (ruin > months) ruin = t;
          balance = 0;
        }
        if (eventful[t] === 0) continue;
        for (let k = firstCheckpoint[t]!; k >= 0; k = nextCheckpoint[k]!)
          checkpointHits[k]![p] = balance >= amounts[k]! ? 1 : 0;
        const out = outflows[t]!;
        if (out !== 0) {
          balance -= out;
          if (balance < 0) {
            if (ruin > months) ruin = t;
            balance = 0;
          }
        }
        const j = recordAt[t]!;
        if (j >= 0) records[j]![p] = balance;
      }
      ruinStep[p] = ruin;
      for (const d of drawdowns) d.falls[p] = maxDrawdown(z, months, d.mean, side === 0 ? d.sd : -d.sd);
    }
  }

  const ranks = percentileRanks(paths);
  const percentiles = PERCENTILES.map(() => new Float64Array(plan.recordSteps.length));
  records.forEach((values, j) => readPercentiles(values, ranks, percentiles, j));
  return { percentiles, checkpointHits, ruinStep, maxDrawdowns: drawdowns.map((d) => d.falls) };
}

/**
 * The largest peak-to-trough fall of growth alone over months 1..months, as a fraction. It follows
 * log wealth, whose fall below its peak needs no exp per step; the fraction is 1 - exp(-fall).
 */
function maxDrawdown(z: Float64Array, months: number, mean: number, sd: number): number {
  let level = 0;
  let peak = 0;
  let fall = 0;
  for (let t = 1; t <= months; t++) {
    level += mean + sd * z[t]!;
    if (level > peak) peak = level;
    else if (peak - level > fall) fall = peak - level;
  }
  return 1 - Math.exp(-fall);
}

/** Places each of the sorted ranks[first..last] at its sorted position within a[lo..hi], middle rank first. */
export function selectRanks(
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
