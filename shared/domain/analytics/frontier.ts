import { invalid } from './errors';
import { maximumReturn, minimumVariance, minimumVarianceForReturn, type SolvedPortfolio } from './optimizer';
import type { AllocationProblem } from './problem';

export const MAX_FRONTIER_POINTS = 1000;

/**
 * The efficient frontier: `points` portfolios with expected returns evenly spaced from the
 * minimum-variance portfolio to the maximum-return one, each the least risky for its return.
 */
export function efficientFrontier(problem: AllocationProblem, points: number): SolvedPortfolio[] {
  if (!Number.isInteger(points) || points < 2 || points > MAX_FRONTIER_POINTS) {
    throw invalid(`points must be an integer from 2 to ${MAX_FRONTIER_POINTS}, got ${points}`);
  }
  const first = minimumVariance(problem);
  const rMin = first.portfolio.expectedReturn;
  const last = maximumReturn(problem);
  const rMax = Math.max(rMin, last.portfolio.expectedReturn);
  const out: SolvedPortfolio[] = [first];
  for (let k = 1; k < points - 1; k++) {
    out.push(minimumVarianceForReturn(problem, rMin + ((rMax - rMin) * k) / (points - 1)));
  }
  out.push(last);
  return out;
}
