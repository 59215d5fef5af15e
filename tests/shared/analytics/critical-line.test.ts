import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  efficientFrontier,
  expectedReturns,
  kktOf,
  kktReport,
  makeProblem,
  maximumReturn,
  minimumVariance,
  minimumVarianceForReturn,
  returnFloorProgram,
  type AllocationProblem,
} from '../../../shared/analytics';
import { traceCriticalLine } from '../../../shared/analytics/critical-line';
import { randomMarket, simpleMarket } from './fixtures';

/** The critical line of a problem, and the frontier's inner targets with the ends found by QPs. */
function traceAndSolve(problem: AllocationProblem, points: number) {
  const first = minimumVariance(problem);
  const constraints = first.program.constraints;
  const mu = expectedReturns(problem);
  const line = traceCriticalLine(problem.market.covariance, mu, constraints, first.solution);
  const rMin = first.portfolio.expectedReturn;
  const rMax = Math.max(rMin, maximumReturn(problem).portfolio.expectedReturn);
  const targets = Array.from(
    { length: points - 2 },
    (_, k) => rMin + ((rMax - rMin) * (k + 1)) / (points - 1),
  );
  return { line, rMin, rMax, targets, constraints };
}

/** The walk reaches the maximum return, and every point on it is exact and agrees with its QP. */
function expectTracedExactly(problem: AllocationProblem, points: number) {
  const { line, rMax, targets, constraints } = traceAndSolve(problem, points);
  expect(line.complete).toBe(true);
  // The QP's maximum return is exact to about 1e-10 only (see maximumReturn); the walk's is exact.
  expect(line.reach).toBeGreaterThanOrEqual(rMax - 1e-12);
  expect(line.reach).toBeCloseTo(rMax, 8);
  const top = line.pointAt(line.reach)!;
  expect(kktReport(returnFloorProgram(problem, constraints, line.reach), top).worst).toBeLessThan(1e-12);
  for (const target of targets) {
    const solution = line.pointAt(target)!;
    const program = returnFloorProgram(problem, constraints, target);
    expect(kktReport(program, solution).worst).toBeLessThan(1e-12);
    const qp = minimumVarianceForReturn(problem, target).solution.x;
    solution.x.forEach((w, i) => expect(Math.abs(w - qp[i]!)).toBeLessThan(1e-9));
  }
}

describe('critical line', () => {
  it('traces a 30-asset frontier with bounds and a group to its maximum-return end, as the QPs find it', () => {
    const market = randomMarket(30, 7);
    const problem = makeProblem(market, {
      max: market.assets.map(() => 0.15),
      min: market.assets.map((_, i) => (i === 4 ? 0.02 : 0)),
      groups: [{ name: 'USD', members: [0, 3, 6, 9, 12, 15, 18, 21, 24, 27], min: 0.1, max: 0.35 }],
    });
    expectTracedExactly(problem, 25);
  });

  it('passes through a vertex, where the return stands still while the multipliers move', () => {
    // Around r = 0.0563 only one asset is free: the weights are fixed by the bounds and the budget.
    const market = randomMarket(8, 286);
    expectTracedExactly(makeProblem(market, { max: market.assets.map(() => 0.472) }), 20);
  });

  it('property: with bounds, a fixed weight and groups it agrees with the QP at every point', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 15 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0.2, max: 1, noNaN: true }),
        fc.double({ min: 0.2, max: 0.8, noNaN: true }),
        fc.boolean(),
        (n, seed, cap, groupMax, fixFirst) => {
          const market = randomMarket(n, seed);
          const max = market.assets.map(() => Math.max(cap, 1 / n + 0.05));
          const min = market.assets.map(() => 0);
          if (fixFirst) [min[0], max[0]] = [0.05, 0.05];
          const groups = [{ name: 'g', members: [1, 2], min: 0, max: groupMax }];
          const others = max.slice(3).reduce((a, b) => a + b, 0);
          fc.pre(max[0]! + Math.min(groupMax, max[1]! + max[2]!) + others > 1 + 1e-6);
          const problem = makeProblem(market, { min, max, groups });
          const { rMin, rMax } = traceAndSolve(problem, 10);
          fc.pre(rMax - rMin > 1e-9);
          expectTracedExactly(problem, 10);
        },
      ),
      { numRuns: 40, seed: 20261126 },
    );
  });

  it('a frontier of a single feasible portfolio is that portfolio at every point', () => {
    // max 0.5 each on two assets leaves only (0.5, 0.5): every point is that vertex.
    const problem = makeProblem(simpleMarket([0.03, 0.07], [0.05, 0.2], 0.1), { max: [0.5, 0.5] });
    const frontier = efficientFrontier(problem, 5);
    for (const point of frontier) {
      expect(point.portfolio.weights[0]).toBeCloseTo(0.5, 12);
      expect(kktOf(point).worst).toBeLessThan(1e-9);
    }
  });
});
