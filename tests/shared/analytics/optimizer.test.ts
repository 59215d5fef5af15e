import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  efficientFrontier,
  kktOf,
  makeProblem,
  maximumReturn,
  maximumSharpe,
  minimumVariance,
  minimumVarianceForReturn,
  optimize,
  parseAllocationInput,
  targetReturn,
  targetVolatility,
  type AllocationProblem,
  type SolvedPortfolio,
} from '../../../shared/analytics';
import { errorOf, randomMarket, shippedAssumptions, simpleMarket } from './fixtures';

const KKT_TOL = 1e-9;

function expectValid(problem: AllocationProblem, s: SolvedPortfolio) {
  const w = s.portfolio.weights;
  expect(Math.abs(w.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-9);
  w.forEach((v, i) => {
    expect(v).toBeGreaterThanOrEqual(problem.min[i]! - 1e-9);
    expect(v).toBeLessThanOrEqual(problem.max[i]! + 1e-9);
  });
  for (const g of problem.groups) {
    const share = g.members.reduce((acc, i) => acc + w[i]!, 0);
    expect(share).toBeGreaterThanOrEqual(g.min - 1e-9);
    expect(share).toBeLessThanOrEqual(g.max + 1e-9);
  }
  expect(kktOf(s).worst).toBeLessThan(KKT_TOL);
}

describe('optimizer: closed-form cases', () => {
  it('two-asset minimum variance matches (s2^2 - rho s1 s2) / (s1^2 + s2^2 - 2 rho s1 s2)', () => {
    const [s1, s2, rho] = [0.1, 0.2, 0.3];
    const problem = makeProblem(simpleMarket([0.05, 0.08], [s1, s2], rho));
    const solved = minimumVariance(problem);
    const w1 = (s2 * s2 - rho * s1 * s2) / (s1 * s1 + s2 * s2 - 2 * rho * s1 * s2);
    expect(solved.portfolio.weights[0]).toBeCloseTo(w1, 12);
    expect(solved.portfolio.weights[1]).toBeCloseTo(1 - w1, 12);
    expect(solved.portfolio.volatility).toBeCloseTo(
      Math.sqrt(w1 * w1 * s1 * s1 + (1 - w1) ** 2 * s2 * s2 + 2 * w1 * (1 - w1) * rho * s1 * s2),
      12,
    );
    expectValid(problem, solved);
  });

  it('a frontier point with one active upper bound is fixed by the bound, the budget and the return', () => {
    // Uncorrelated; the riskiest asset is capped at 10%. For a 5% return the cap binds, so
    // wa + wb = 0.9 and 0.02 wa + 0.06 wb = 0.05 - 0.1 * 0.10, i.e. wa = 0.35, wb = 0.55.
    const problem = makeProblem(simpleMarket([0.02, 0.06, 0.1], [0.05, 0.15, 0.25]), { max: [1, 1, 0.1] });
    const solved = minimumVarianceForReturn(problem, 0.05);
    expect(solved.portfolio.weights[0]).toBeCloseTo(0.35, 10);
    expect(solved.portfolio.weights[1]).toBeCloseTo(0.55, 10);
    expect(solved.portfolio.weights[2]).toBeCloseTo(0.1, 12);
    const capIndex = solved.program.constraints.findIndex((c) => c.label === 'a2 <= max');
    expect(solved.solution.multipliers[capIndex]).toBeGreaterThan(1e-6);
    expectValid(problem, solved);
  });

  it('maximum Sharpe equals the unconstrained tangency portfolio when no bound binds', () => {
    const [m1, m2, s1, s2, rho, rf] = [0.05, 0.08, 0.1, 0.2, 0.3, 0.01];
    const problem = makeProblem(simpleMarket([m1, m2], [s1, s2], rho), { riskFreeRate: rf });
    // w ∝ S^-1 (mu - rf) for a 2x2 covariance.
    const [c11, c12, c22] = [s1 * s1, rho * s1 * s2, s2 * s2];
    const det = c11 * c22 - c12 * c12;
    const z1 = (c22 * (m1 - rf) - c12 * (m2 - rf)) / det;
    const z2 = (c11 * (m2 - rf) - c12 * (m1 - rf)) / det;
    const solved = maximumSharpe(problem);
    expect(solved.portfolio.weights[0]).toBeCloseTo(z1 / (z1 + z2), 10);
    expect(kktOf(solved).worst).toBeLessThan(KKT_TOL);
  });

  it('maximum return puts everything in the best asset the bounds allow', () => {
    const problem = makeProblem(simpleMarket([0.02, 0.06, 0.1], [0.05, 0.15, 0.25], 0.2), {
      max: [1, 1, 0.4],
    });
    const w = maximumReturn(problem).portfolio.weights;
    expect(w[2]).toBeCloseTo(0.4, 9);
    expect(w[1]).toBeCloseTo(0.6, 9);
    expect(w[0]).toBeCloseTo(0, 9);
  });
});

describe('optimizer: objectives on the shipped assumptions', () => {
  const { market } = shippedAssumptions();
  const usd = market.assets.flatMap((a, i) => (a.currency === 'USD' ? [i] : []));
  const problem = makeProblem(market, {
    riskFreeRate: 0.015,
    max: market.assets.map(() => 0.4),
    groups: [{ name: 'USD', members: usd, min: 0, max: 0.6 }],
  });

  it('every objective satisfies the constraints and its KKT conditions', () => {
    for (const objective of [
      { kind: 'minVariance' as const },
      { kind: 'maxSharpe' as const },
      { kind: 'maxReturn' as const },
      { kind: 'targetReturn' as const, value: 0.045 },
      { kind: 'targetVolatility' as const, value: 0.08 },
    ]) {
      const solved = optimize(problem, objective);
      expectValid(problem, solved);
    }
  });

  it('target return reaches the target at the least risk; target volatility stays at the target', () => {
    const tr = targetReturn(problem, 0.045);
    expect(tr.portfolio.expectedReturn).toBeGreaterThanOrEqual(0.045 - 1e-12);
    const tv = targetVolatility(problem, 0.08);
    expect(tv.portfolio.volatility).toBeLessThanOrEqual(0.08 + 1e-12);
    expect(tv.portfolio.volatility).toBeGreaterThan(0.08 - 1e-6);
  });

  it('maximum Sharpe beats every frontier point', () => {
    const best = maximumSharpe(problem).portfolio;
    const sharpe = (p: { expectedReturn: number; volatility: number }) =>
      (p.expectedReturn - 0.015) / p.volatility;
    for (const point of efficientFrontier(problem, 40)) {
      expect(sharpe(best)).toBeGreaterThanOrEqual(sharpe(point.portfolio) - 1e-9);
    }
  });

  it('refuses targets the constraints cannot reach', () => {
    expect(errorOf(() => targetReturn(problem, 0.5)).message).toMatch(
      /^Target return 0.5 is above the highest return/,
    );
    expect(errorOf(() => targetVolatility(problem, 0.0001)).message).toMatch(/below the lowest volatility/);
    const lowReturn = makeProblem(market, { riskFreeRate: 0.2 });
    expect(errorOf(() => maximumSharpe(lowReturn)).message).toMatch(/earns more than the risk-free rate/);
  });
});

describe('optimizer: infeasible constraints give a clear error, never an answer', () => {
  const market = simpleMarket([0.02, 0.05, 0.08], [0.05, 0.1, 0.2], 0.2);
  const g = (members: number[], min: number, max: number, name = 'g') => ({ name, members, min, max });
  it.each([
    [{ min: [0.5, 0.4, 0.3] }, 'the asset minimums add up to 1.2'],
    [{ max: [0.3, 0.3, 0.3] }, 'the asset maximums add up to 0.9'],
    [{ min: [0.5, 0, 0], max: [0.4, 1, 1] }, 'Asset "a0": min 0.5 and max 0.4'],
    [{ min: [0.3, 0.3, 0], groups: [g([0, 1], 0, 0.5)] }, 'group "g" max 0.5 is below'],
    [{ max: [0.2, 0.2, 1], groups: [g([0, 1], 0.5, 1)] }, 'group "g" min 0.5 is above'],
    [{ groups: [g([0], 0.6, 0.5)] }, 'Group "g": min 0.6 is above max 0.5'],
  ])('%o', (spec, message) => {
    expect(errorOf(() => makeProblem(market, spec)).message).toContain(message);
  });

  it('an infeasibility only the solver can see', () => {
    // a+b <= 0.3 and b+c <= 0.3 force a >= 0.7 and c >= 0.7: impossible with a+b+c = 1.
    const problem = makeProblem(market, { groups: [g([0, 1], 0, 0.3, 'ab'), g([1, 2], 0, 0.3, 'bc')] });
    const e = errorOf(() => minimumVariance(problem));
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toMatch(/constraints cannot all be met/);
  });
});

describe('optimizer: frontier', () => {
  it('KKT holds at every point of a 30-asset frontier with bounds and groups', () => {
    const market = randomMarket(30, 7);
    const problem = makeProblem(market, {
      max: market.assets.map(() => 0.15),
      min: market.assets.map((_, i) => (i === 4 ? 0.02 : 0)),
      groups: [{ name: 'USD', members: [0, 3, 6, 9, 12, 15, 18, 21, 24, 27], min: 0.1, max: 0.35 }],
    });
    const frontier = efficientFrontier(problem, 25);
    expect(frontier).toHaveLength(25);
    for (const point of frontier) expectValid(problem, point);
    expect(frontier[0]!.portfolio.volatility).toBeCloseTo(minimumVariance(problem).portfolio.volatility, 10);
    expect(frontier[24]!.portfolio.expectedReturn).toBeCloseTo(
      maximumReturn(problem).portfolio.expectedReturn,
      8,
    );
  });

  it('property: weights sum to 1, bounds hold, KKT holds and volatility rises with return', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0.2, max: 1, noNaN: true }),
        (n, seed, cap) => {
          const market = randomMarket(n, seed);
          const max = market.assets.map(() => Math.max(cap, 1 / n + 0.01));
          const problem = makeProblem(market, { max });
          const frontier = efficientFrontier(problem, 8);
          for (const point of frontier) expectValid(problem, point);
          for (let k = 1; k < frontier.length; k++) {
            const [a, b] = [frontier[k - 1]!.portfolio, frontier[k]!.portfolio];
            expect(b.expectedReturn).toBeGreaterThanOrEqual(a.expectedReturn - 1e-12);
            expect(b.volatility).toBeGreaterThanOrEqual(a.volatility - 1e-9);
          }
        },
      ),
      { numRuns: 40, seed: 20261125 },
    );
  });

  it('refuses a point count outside 2..1000', () => {
    const problem = makeProblem(simpleMarket([0.02, 0.05], [0.05, 0.1]));
    for (const points of [1, 0, 1.5, 1001, NaN]) {
      expect(errorOf(() => efficientFrontier(problem, points)).message).toMatch(/points must be an integer/);
    }
  });
});

describe('parseAllocationInput', () => {
  const base = {
    assets: [
      { id: 'tw_equity', expectedReturn: 0.07, volatility: 0.2, min: 0, max: 1 },
      { id: 'bond', expectedReturn: 0.02, volatility: 0.05 },
    ],
    correlations: [
      [1, 0.1],
      [0.1, 1],
    ],
    riskFreeRate: 0.015,
    groups: [{ ids: ['tw_equity'], max: 0.3 }],
    objective: { kind: 'maxSharpe' },
  };

  it('reads the documented form', () => {
    const { problem, objective } = parseAllocationInput(base);
    expect(objective).toEqual({ kind: 'maxSharpe' });
    expect(problem.groups).toEqual([{ name: 'groups[0]', members: [0], min: 0, max: 0.3 }]);
    expect(optimize(problem, objective).portfolio.weights[0]).toBeCloseTo(0.3, 9);
  });

  it('falls back to the shipped market with per-id bounds', () => {
    const { market } = shippedAssumptions();
    const { problem } = parseAllocationInput({ bounds: { gold: { max: 0.05 } } }, market);
    expect(problem.max[market.assets.findIndex((a) => a.id === 'gold')]).toBe(0.05);
  });

  it.each([
    [
      { assets: [{ ...base.assets[0], volatility: -0.2 }, base.assets[1]] },
      'assets[0].volatility: volatility must be positive',
    ],
    [{ assets: [{ ...base.assets[0], expectedReturn: 'x' }, base.assets[1]] }, 'assets[0].expectedReturn'],
    [{ assets: [{ ...base.assets[0], max: 1.5 }, base.assets[1]] }, 'assets[0].max'],
    [{ groups: [{ ids: ['nope'], max: 0.3 }] }, 'groups[0].ids[0]: unknown asset id "nope"'],
    [{ objective: { kind: 'maxFun' } }, 'objective'],
    [{ objective: { kind: 'targetReturn' } }, 'objective.value'],
    [{ correlations: undefined }, 'correlations is required with assets'],
    [
      {
        correlations: [
          [1, 0.1],
          [0.2, 1],
        ],
      },
      'must be symmetric',
    ],
  ])('refuses %o', (patch, message) => {
    expect(errorOf(() => parseAllocationInput({ ...base, ...patch })).message).toContain(message);
  });
});
