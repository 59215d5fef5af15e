import { MAX_MONTHS, PERCENTILES, simulatePathsAntithetic, type Checkpoint } from '../../../analytics';
import type { GoalOutcome, ProposalGoal } from '../schema';

/**
 * The proposal's Monte Carlo: the proposed portfolio from the investable amount, monthly, with
 * the goals' funding as flows. The rule for a goal (docs/analytics.md, "Proposal analysis"):
 * - its amount is nominal at its target month, grown by inflation from today when in today's money;
 * - contributions are paid at the end of every month before the target month;
 * - a goal with no withdrawals (a lump sum) is met on a path whose balance at the target month is at
 *   least the amount; the amount is then withdrawn (all there is, when short);
 * - a goal with monthly withdrawals (retirement income) keeps its capital: it is met when the
 *   balance at the target month reaches the amount and every withdrawal of its period (from the
 *   target month, indexed like the amount) is paid in full, up to the end of the simulation.
 * A goal's `initialTwd` is taken as already inside the holdings or the new money, not added again.
 */

export interface SimulationInput {
  initialTwd: number;
  expectedReturn: number;
  volatility: number;
  goals: readonly ProposalGoal[];
  startDay: string;
  horizonYears: number;
  inflation: number;
  paths: number;
  seed: number;
  /** Other portfolios (the current one) whose drawdowns are followed on the same draws. */
  alsoDrawdownOf: readonly { expectedReturn: number; volatility: number }[];
}

export interface SimulationResult {
  months: number;
  fan: { years: number[]; p5: number[]; p25: number[]; p50: number[]; p75: number[]; p95: number[] };
  probabilityOfRuin: number;
  goals: GoalOutcome[];
  /** [proposed, ...alsoDrawdownOf]: the median and 95th percentile of the paths' maximum drawdowns. */
  drawdowns: { median: number; p95: number }[];
}

interface GoalPlan {
  step: number;
  amount: number;
  /** The last step of its withdrawals (the target step for a lump sum). */
  lastStep: number;
  lumpSum: boolean;
}

/** Month index (year*12 + month-1) of an ISO day. */
export function monthOf(isoDay: string): number {
  return Number(isoDay.slice(0, 4)) * 12 + Number(isoDay.slice(5, 7)) - 1;
}

export function runProposalSimulation(input: SimulationInput): SimulationResult {
  const start = monthOf(input.startDay);
  const horizonMonths = input.horizonYears * 12;
  // A goal after the horizon is still simulated to its target month (up to 50 years).
  const targetSteps = input.goals.map((g) =>
    Math.min(MAX_MONTHS, Math.max(1, monthOf(g.targetDate) - start)),
  );
  const months = Math.min(MAX_MONTHS, Math.max(horizonMonths, ...targetSteps));
  const grow = (step: number) => (1 + input.inflation) ** (step / 12);
  const inflows = new Float64Array(months + 1);
  const outflows = new Float64Array(months + 1);
  const plans: GoalPlan[] = input.goals.map((goal, k) => {
    const step = targetSteps[k]!;
    const indexed = (amount: number, at: number) => (goal.inTodaysMoney ? amount * grow(at) : amount);
    for (let t = 1; t <= step; t++) inflows[t] = inflows[t]! + goal.funding.monthlyContributionTwd;
    const withdrawalMonths = goal.funding.monthlyWithdrawalTwd > 0 ? goal.funding.withdrawalYears * 12 : 0;
    const amount = indexed(goal.amountTwd, step);
    if (withdrawalMonths === 0) {
      outflows[step] = outflows[step]! + amount;
      return { step, amount, lastStep: step, lumpSum: true };
    }
    const lastStep = Math.min(months, step + withdrawalMonths);
    for (let t = step + 1; t <= lastStep; t++)
      outflows[t] = outflows[t]! + indexed(goal.funding.monthlyWithdrawalTwd, t - 1);
    return { step, amount, lastStep, lumpSum: false };
  });

  const years = Array.from({ length: Math.floor(Math.min(horizonMonths, months) / 12) + 1 }, (_, y) => y);
  const checkpoints: Checkpoint[] = plans.map((p) => ({ step: p.step, amount: p.amount }));
  const outcome = simulatePathsAntithetic({
    months,
    paths: input.paths,
    seed: input.seed,
    initial: input.initialTwd,
    model: { expectedReturn: input.expectedReturn, volatility: input.volatility },
    inflows,
    outflows,
    recordSteps: years.map((y) => y * 12),
    checkpoints,
    drawdownOf: [
      { expectedReturn: input.expectedReturn, volatility: input.volatility },
      ...input.alsoDrawdownOf,
    ],
  });

  const paths = input.paths;
  const goals = input.goals.map((goal, k) => {
    const plan = plans[k]!;
    const hits = outcome.checkpointHits[k]!;
    let met = 0;
    for (let p = 0; p < paths; p++) {
      if (hits[p] === 1 && (plan.lumpSum || outcome.ruinStep[p]! > plan.lastStep)) met++;
    }
    return {
      index: k,
      name: goal.name,
      targetDate: goal.targetDate,
      amountTwd: plan.amount,
      probability: met / paths,
    };
  });
  let ruined = 0;
  for (let p = 0; p < paths; p++) if (outcome.ruinStep[p]! <= months) ruined++;
  const series = (k: number) => Array.from(outcome.percentiles[k]!);
  const at = (p: number) => PERCENTILES.indexOf(p as (typeof PERCENTILES)[number]);
  return {
    months,
    fan: {
      years,
      p5: series(at(5)),
      p25: series(at(25)),
      p50: series(at(50)),
      p75: series(at(75)),
      p95: series(at(95)),
    },
    probabilityOfRuin: ruined / paths,
    goals,
    drawdowns: outcome.maxDrawdowns.map(medianAndP95),
  };
}

/** Nearest-rank median and 95th percentile (sorts the array in place). */
function medianAndP95(values: Float64Array): { median: number; p95: number } {
  values.sort();
  const rank = (q: number) => values[Math.max(0, Math.ceil(q * values.length) - 1)]!;
  return { median: rank(0.5), p95: rank(0.95) };
}
