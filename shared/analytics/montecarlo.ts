import { z } from 'zod';
import type { Market } from './assumptions';
import { invalid, parseOrThrow } from './errors';
import { riskMetrics, weightVector, weightsSchema } from './metrics';
import { formatMonth, parseMonth } from './months';
import { PERCENTILES, simulatePaths, type ReturnModel } from './montecarlo-paths';

/** Monthly Monte Carlo projection of a portfolio with contributions and withdrawals. */

export const MAX_MONTHS = 600;
export const MAX_PATHS = 100_000;

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
  const goalNominal = plan.goal
    ? plan.goal.amount * (plan.goal.real ? (1 + plan.inflation) ** (goalStep / 12) : 1)
    : 0;
  const outcome = simulatePaths({
    months,
    paths,
    seed: plan.seed,
    initial: plan.initial,
    model: plan.model,
    inflows: monthlyFlows(plan, start),
    recordSteps: Array.from({ length: months + 1 }, (_, t) => t),
    checkpoints: plan.goal ? [{ step: goalStep, amount: goalNominal }] : [],
  });

  const key = (p: number) => `p${p}`;
  const percentiles: Record<string, number[]> = {};
  const percentilesReal: Record<string, number[]> = {};
  PERCENTILES.forEach((p, k) => {
    const nominal = Array.from(outcome.percentiles[k]!);
    percentiles[key(p)] = nominal;
    percentilesReal[key(p)] = nominal.map((v, t) => v / (1 + plan.inflation) ** (t / 12));
  });
  const result: MonteCarloResult = {
    dates: Array.from({ length: months + 1 }, (_, t) => formatMonth(start + t)),
    percentiles,
    percentilesReal,
    probabilityOfRuin: shareOf(outcome.ruinStep, (step) => step <= months),
    paths,
    seed: plan.seed,
  };
  if (plan.goal)
    result.goal = { ...plan.goal, probability: shareOf(outcome.checkpointHits[0]!, (hit) => hit === 1) };
  return result;
}

/** The share of entries that pass. */
export function shareOf(values: ArrayLike<number>, pass: (value: number) => boolean): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (pass(values[i]!)) count++;
  return count / values.length;
}
