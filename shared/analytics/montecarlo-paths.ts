import { invalid } from './errors';
import { Xoshiro128 } from '../kernel/random';

/**
 * The Monte Carlo path engine under runMonteCarlo and the proposal analysis: monthly balances of
 * many paths in typed arrays, advanced in place (no allocation per step). It reads the balance's
 * percentiles only at the steps asked for (every month for the CLI, every year for a proposal),
 * counts the paths at or above each checkpoint amount, notes when each path first could not pay,
 * and can follow the maximum drawdown of other lognormal portfolios driven by the same draws.
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
  /** Taken out at step t after the checkpoints are read (lump sums, goal withdrawals); null for none. */
  outflows?: Float64Array | null;
  /** Steps (0..months, ascending) at which the balance's percentiles are taken, after that step's flows. */
  recordSteps: readonly number[];
  /** Read at their step after growth and inflow, before the outflow. */
  checkpoints?: readonly Checkpoint[];
  /**
   * Lognormal portfolios (lognormal model only) whose per-path maximum drawdown of growth alone
   * (no flows) is followed, each driven by the same normal draw as the simulated portfolio.
   */
  drawdownOf?: readonly { expectedReturn: number; volatility: number }[];
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

export function simulatePaths(plan: PathPlan): PathOutcome {
  const { months, paths } = plan;
  const rng = new Xoshiro128(plan.seed);
  const balance = new Float64Array(paths).fill(plan.initial);
  const ruinStep = new Int32Array(paths).fill(months + 1);
  const scratch = new Float64Array(paths);
  const ranks = PERCENTILES.map((p) => Math.max(0, Math.ceil((p / 100) * paths) - 1));
  const percentiles = PERCENTILES.map(() => new Float64Array(plan.recordSteps.length));
  const recordAt = new Int32Array(months + 1).fill(-1);
  plan.recordSteps.forEach((step, j) => {
    if (!(step >= 0 && step <= months)) throw invalid(`record step ${step} is outside 0..${months}`);
    recordAt[step] = j;
  });
  const checkpoints = plan.checkpoints ?? [];
  const checkpointHits = checkpoints.map(() => new Uint8Array(paths));
  const checkpointsAt = new Map<number, number[]>();
  checkpoints.forEach((c, k) => {
    if (!(c.step >= 0 && c.step <= months))
      throw invalid(`checkpoint step ${c.step} is outside 0..${months}`);
    checkpointsAt.set(c.step, [...(checkpointsAt.get(c.step) ?? []), k]);
  });
  const outflows = plan.outflows ?? null;
  const drawdown = drawdownTracker(plan, paths);

  const readCheckpoints = (t: number) => {
    for (const k of checkpointsAt.get(t) ?? []) {
      const amount = checkpoints[k]!.amount;
      const hits = checkpointHits[k]!;
      for (let p = 0; p < paths; p++) hits[p] = balance[p]! >= amount ? 1 : 0;
    }
  };
  const record = (t: number) => {
    const j = recordAt[t]!;
    if (j < 0) return;
    scratch.set(balance);
    selectRanks(scratch, ranks, 0, ranks.length - 1, 0, paths - 1);
    ranks.forEach((rank, k) => {
      percentiles[k]![j] = scratch[rank]!;
    });
  };

  readCheckpoints(0);
  record(0);
  const model = plan.model;
  const { mean, sd } =
    model.kind === 'lognormal'
      ? monthlyLogParameters(model.expectedReturn, model.volatility)
      : { mean: 0, sd: 0 };
  const history = model.kind === 'bootstrap' ? Float64Array.from(model.monthlyReturns) : null;
  const draws = drawdown ? new Float64Array(paths) : null;
  for (let t = 1; t <= months; t++) {
    const flow = plan.inflows[t]!;
    if (history) {
      for (let p = 0; p < paths; p++) {
        const growth = 1 + history[Math.floor(rng.nextFloat() * history.length)]!;
        const next = balance[p]! * growth + flow;
        if (next < 0) {
          if (ruinStep[p]! > months) ruinStep[p] = t;
          balance[p] = 0;
        } else balance[p] = next;
      }
    } else {
      for (let p = 0; p < paths; p++) {
        const z = rng.nextNormal();
        if (draws) draws[p] = z;
        const next = balance[p]! * Math.exp(mean + sd * z) + flow;
        if (next < 0) {
          if (ruinStep[p]! > months) ruinStep[p] = t;
          balance[p] = 0;
        } else balance[p] = next;
      }
      if (drawdown && draws) drawdown.step(draws);
    }
    readCheckpoints(t);
    const out = outflows ? outflows[t]! : 0;
    if (out !== 0) {
      for (let p = 0; p < paths; p++) {
        const next = balance[p]! - out;
        if (next < 0) {
          if (ruinStep[p]! > months) ruinStep[p] = t;
          balance[p] = 0;
        } else balance[p] = next;
      }
    }
    record(t);
  }
  return { percentiles, checkpointHits, ruinStep, maxDrawdowns: drawdown ? drawdown.result() : [] };
}

/**
 * Follows log wealth per path and portfolio: a drawdown is the fall of log wealth below its peak,
 * so no exp is needed per step; the fraction is 1 - exp(-largest log fall) at the end.
 */
function drawdownTracker(plan: PathPlan, paths: number) {
  const portfolios = plan.drawdownOf ?? [];
  if (portfolios.length === 0) return null;
  if (plan.model.kind !== 'lognormal') throw invalid('drawdowns need a lognormal model');
  const params = portfolios.map((p) => monthlyLogParameters(p.expectedReturn, p.volatility));
  const level = params.map(() => new Float64Array(paths));
  const peak = params.map(() => new Float64Array(paths));
  const fall = params.map(() => new Float64Array(paths));
  return {
    step(draws: Float64Array) {
      params.forEach(({ mean, sd }, k) => {
        const l = level[k]!;
        const top = peak[k]!;
        const worst = fall[k]!;
        for (let p = 0; p < paths; p++) {
          const next = l[p]! + mean + sd * draws[p]!;
          l[p] = next;
          if (next > top[p]!) top[p] = next;
          else if (top[p]! - next > worst[p]!) worst[p] = top[p]! - next;
        }
      });
    },
    result: () => fall.map((f) => f.map((x) => 1 - Math.exp(-x))),
  };
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
