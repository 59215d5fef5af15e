import { invalid } from './errors';
import { dot, quadForm, type Matrix } from './linalg';
import { homogeneousConstraints, weightConstraints, type AllocationProblem, type Objective } from './problem';
import {
  kktReport,
  solveQp,
  type KktReport,
  type LinearConstraint,
  type QuadraticProgram,
  type QpSolution,
} from './qp';

/** Long-only mean-variance optimisation over an AllocationProblem. */

export interface Portfolio {
  weights: number[];
  expectedReturn: number;
  volatility: number;
}

/** A portfolio with the program that produced it, so its KKT conditions can be checked. */
export interface SolvedPortfolio {
  portfolio: Portfolio;
  program: QuadraticProgram;
  solution: QpSolution;
}

/** Weights this close to a bound are snapped onto it, so JSON does not show -1e-17. */
const SNAP = 1e-12;

export function portfolioOf(problem: AllocationProblem, rawWeights: readonly number[]): Portfolio {
  const weights = rawWeights.map((w, i) => {
    const lo = problem.min[i]!;
    const hi = problem.max[i]!;
    if (w < lo && w > lo - SNAP) return lo;
    if (w > hi && w < hi + SNAP) return hi;
    return w;
  });
  const mu = problem.market.assets.map((a) => a.expectedReturn);
  return {
    weights,
    expectedReturn: dot(mu, weights),
    volatility: Math.sqrt(Math.max(0, quadForm(problem.market.covariance, weights))),
  };
}

function solved(problem: AllocationProblem, program: QuadraticProgram): SolvedPortfolio {
  const solution = solveQp(program);
  return { portfolio: portfolioOf(problem, solution.x), program, solution };
}

export function expectedReturns(problem: AllocationProblem): number[] {
  return problem.market.assets.map((a) => a.expectedReturn);
}

function zeroVector(problem: AllocationProblem): number[] {
  return new Array<number>(problem.market.assets.length).fill(0);
}

/** The global minimum-variance portfolio within the constraints. */
export function minimumVariance(problem: AllocationProblem): SolvedPortfolio {
  return solved(problem, {
    D: problem.market.covariance,
    d: zeroVector(problem),
    constraints: weightConstraints(problem),
  });
}

/**
 * The program of a frontier point: minimum variance subject to `constraints` (the weight
 * constraints) and an expected return of at least `target`, that constraint last.
 */
export function returnFloorProgram(
  problem: AllocationProblem,
  constraints: readonly LinearConstraint[],
  target: number,
): QuadraticProgram {
  const floor: LinearConstraint = {
    a: expectedReturns(problem),
    b: target,
    equality: false,
    label: `expected return >= ${target}`,
  };
  return { D: problem.market.covariance, d: zeroVector(problem), constraints: [...constraints, floor] };
}

/** The minimum-variance portfolio whose expected return is at least `target` (a frontier point). */
export function minimumVarianceForReturn(problem: AllocationProblem, target: number): SolvedPortfolio {
  return solved(problem, returnFloorProgram(problem, weightConstraints(problem), target));
}

/**
 * The maximum-return portfolio, the least risky one if several tie. The LP is first solved as a QP
 * with a vanishing variance term (exact at a non-degenerate vertex, but only to about 1e-10 since
 * the tiny term makes the QP ill-conditioned); then the minimum-variance portfolio returning within
 * a hair (1e-12 relative, widened only if the solver needs it) of that maximum is solved as a
 * well-conditioned QP, which is the answer.
 */
export function maximumReturn(problem: AllocationProblem): SolvedPortfolio {
  const cov = problem.market.covariance;
  const maxVar = Math.max(...cov.map((row, i) => row[i]!));
  const eps = 1e-6 / maxVar;
  const D: Matrix = cov.map((row) => row.map((v) => v * eps));
  const rough = solveQp({ D, d: expectedReturns(problem), constraints: weightConstraints(problem) });
  const best = dot(expectedReturns(problem), rough.x);
  let failure: unknown;
  for (const slack of [1e-12, 1e-10, 1e-8]) {
    try {
      return minimumVarianceForReturn(problem, best - slack * Math.max(1, Math.abs(best)));
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}

/**
 * The maximum-Sharpe (tangency) portfolio: min y'Sy subject to (mu - rf)'y = 1 and the constraints
 * made homogeneous; then w = y / sum(y). Exact, one QP.
 */
export function maximumSharpe(problem: AllocationProblem): SolvedPortfolio {
  const rf = problem.riskFreeRate;
  const best = maximumReturn(problem).portfolio.expectedReturn;
  if (best <= rf + 1e-12) {
    throw invalid(
      `No portfolio within the constraints earns more than the risk-free rate ${rf} (best ${best}); maximum Sharpe is undefined`,
    );
  }
  const excess = expectedReturns(problem).map((m) => m - rf);
  const constraints = homogeneousConstraints(problem);
  constraints.unshift({ a: excess, b: 1, equality: true, label: 'excess return of y = 1' });
  const program: QuadraticProgram = { D: problem.market.covariance, d: zeroVector(problem), constraints };
  const solution = solveQp(program);
  const kappa = solution.x.reduce((s, v) => s + v, 0);
  return {
    portfolio: portfolioOf(
      problem,
      solution.x.map((v) => v / kappa),
    ),
    program,
    solution,
  };
}

/** The highest-return portfolio whose volatility does not exceed `target`, by bisection along the frontier. */
export function targetVolatility(problem: AllocationProblem, target: number): SolvedPortfolio {
  const low = minimumVariance(problem);
  if (target < low.portfolio.volatility - 1e-12) {
    throw invalid(
      `Target volatility ${target} is below the lowest volatility the constraints allow (${low.portfolio.volatility})`,
    );
  }
  const high = maximumReturn(problem);
  if (high.portfolio.volatility <= target) return high;
  let lo = low.portfolio.expectedReturn;
  let hi = high.portfolio.expectedReturn;
  let best = low;
  for (let iter = 0; iter < 100 && hi - lo > 1e-13; iter++) {
    const mid = (lo + hi) / 2;
    const point = minimumVarianceForReturn(problem, mid);
    if (point.portfolio.volatility <= target) {
      best = point;
      lo = mid;
    } else {
      hi = mid;
    }
  }
  return best;
}

/** The target-return objective: the least risky portfolio expected to return at least `target`. */
export function targetReturn(problem: AllocationProblem, target: number): SolvedPortfolio {
  const best = maximumReturn(problem).portfolio.expectedReturn;
  if (target > best + 1e-9) {
    throw invalid(`Target return ${target} is above the highest return the constraints allow (${best})`);
  }
  return target >= best ? maximumReturn(problem) : minimumVarianceForReturn(problem, target);
}

export function optimize(problem: AllocationProblem, objective: Objective): SolvedPortfolio {
  switch (objective.kind) {
    case 'minVariance':
      return minimumVariance(problem);
    case 'maxReturn':
      return maximumReturn(problem);
    case 'maxSharpe':
      return maximumSharpe(problem);
    case 'targetReturn':
      return targetReturn(problem, objective.value);
    case 'targetVolatility':
      return targetVolatility(problem, objective.value);
  }
}

export function kktOf(solved: SolvedPortfolio): KktReport {
  return kktReport(solved.program, solved.solution);
}

/** Weights keyed by asset id, as the CLI and the UI print them. */
export function weightsById(problem: AllocationProblem, weights: readonly number[]): Record<string, number> {
  return Object.fromEntries(problem.market.assets.map((a, i) => [a.id, weights[i]!]));
}
