import { criticalLineFrontier } from './critical-line';
import { invalid } from './errors';
import {
  expectedReturns,
  kktOf,
  maximumReturn,
  minimumVariance,
  minimumVarianceForReturn,
  portfolioOf,
  returnFloorProgram,
  type SolvedPortfolio,
} from './optimizer';
import type { AllocationProblem } from './problem';
import type { QpSolution } from './qp';

export const MAX_FRONTIER_POINTS = 1000;

/** A traced point whose KKT conditions are off by more than this is solved again as a QP. */
const TRACE_KKT_TOL = 1e-10;

/**
 * The efficient frontier: `points` portfolios with expected returns evenly spaced from the
 * minimum-variance portfolio to the maximum-return one, each the least risky for its return.
 * The ends are QPs; the points between are traced exactly by the critical line algorithm, and any
 * it cannot give (a degenerate corner) or that fails its KKT check are solved as QPs.
 */
export function efficientFrontier(problem: AllocationProblem, points: number): SolvedPortfolio[] {
  if (!Number.isInteger(points) || points < 2 || points > MAX_FRONTIER_POINTS) {
    throw invalid(`points must be an integer from 2 to ${MAX_FRONTIER_POINTS}, got ${points}`);
  }
  const first = minimumVariance(problem);
  const rMin = first.portfolio.expectedReturn;
  const last = maximumReturn(problem);
  const rMax = Math.max(rMin, last.portfolio.expectedReturn);
  const targets = Array.from(
    { length: points - 2 },
    (_, k) => rMin + ((rMax - rMin) * (k + 1)) / (points - 1),
  );
  const constraints = first.program.constraints;
  const traced = criticalLineFrontier(
    problem.market.covariance,
    expectedReturns(problem),
    constraints,
    first.solution,
    targets,
  );
  const inner = targets.map(
    (target, k) =>
      checked(problem, returnFloorProgram(problem, constraints, target), traced[k]) ??
      minimumVarianceForReturn(problem, target),
  );
  return [first, ...inner, last];
}

function checked(
  problem: AllocationProblem,
  program: SolvedPortfolio['program'],
  solution: QpSolution | undefined,
): SolvedPortfolio | undefined {
  if (!solution) return undefined;
  const point = { portfolio: portfolioOf(problem, solution.x), program, solution };
  return kktOf(point).worst <= TRACE_KKT_TOL ? point : undefined;
}
