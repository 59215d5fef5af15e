import { traceCriticalLine } from './critical-line';
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
import type { LinearConstraint, QpSolution } from './qp';

export const MAX_FRONTIER_POINTS = 1000;

/** A traced point whose KKT conditions are off by more than this is solved again as a QP. */
const TRACE_KKT_TOL = 1e-10;

/**
 * The efficient frontier: `points` portfolios with expected returns evenly spaced from the
 * minimum-variance portfolio to the maximum-return one, each the least risky for its return.
 * The minimum-variance end is a QP; the rest is traced exactly by the critical line algorithm,
 * and any point it cannot give (past a degenerate corner) or that fails its KKT check is solved
 * as a QP instead.
 */
export function efficientFrontier(problem: AllocationProblem, points: number): SolvedPortfolio[] {
  if (!Number.isInteger(points) || points < 2 || points > MAX_FRONTIER_POINTS) {
    throw invalid(`points must be an integer from 2 to ${MAX_FRONTIER_POINTS}, got ${points}`);
  }
  const first = minimumVariance(problem);
  const constraints = first.program.constraints;
  const line = traceCriticalLine(
    problem.market.covariance,
    expectedReturns(problem),
    constraints,
    first.solution,
  );
  const top = line.complete ? checked(problem, constraints, line.reach, line.pointAt(line.reach)) : undefined;
  const last = top ?? maximumReturn(problem);
  const rMin = first.portfolio.expectedReturn;
  const rMax = Math.max(rMin, last.portfolio.expectedReturn);
  const inner = Array.from({ length: points - 2 }, (_, k) => {
    const target = rMin + ((rMax - rMin) * (k + 1)) / (points - 1);
    return (
      checked(problem, constraints, target, line.pointAt(target)) ?? minimumVarianceForReturn(problem, target)
    );
  });
  return [first, ...inner, last];
}

/** A traced solution as a frontier point, if it passes its KKT check. */
function checked(
  problem: AllocationProblem,
  constraints: readonly LinearConstraint[],
  target: number,
  solution: QpSolution | undefined,
): SolvedPortfolio | undefined {
  if (!solution) return undefined;
  const program = returnFloorProgram(problem, constraints, target);
  const point = { portfolio: portfolioOf(problem, solution.x), program, solution };
  return kktOf(point).worst <= TRACE_KKT_TOL ? point : undefined;
}
