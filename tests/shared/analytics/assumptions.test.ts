import { describe, expect, it } from 'vitest';
import {
  buildMarket,
  nearestCorrelation,
  parseAssumptions,
  validateCorrelations,
} from '../../../shared/analytics';
import { symmetricEigen } from '../../../shared/analytics/linalg';
import { errorOf, readResource, shippedAssumptions } from './fixtures';

const ids = ['a', 'b', 'c'];

describe('capital-market assumptions', () => {
  it('ships a versioned, dated file with every asset class an advisor in Taiwan needs', () => {
    const { meta, market } = shippedAssumptions();
    expect(meta.version).toMatch(/\S/);
    expect(meta.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(meta.source.length).toBeGreaterThan(20);
    expect(meta.method.length).toBeGreaterThan(20);
    expect(market.assets.map((a) => a.id)).toEqual([
      'tw_equity',
      'dm_equity',
      'em_equity',
      'tw_gov_bond',
      'global_ig_bond',
      'high_yield_bond',
      'reits',
      'gold',
      'usd_cash',
      'twd_cash',
    ]);
    expect(market.repair).toBeUndefined();
    expect(Math.min(...symmetricEigen(market.correlations).values)).toBeGreaterThan(0);
    // Covariance is s_i s_j rho_ij.
    expect(market.covariance[0]![1]).toBeCloseTo(0.2 * 0.16 * 0.7, 15);
  });

  it('refuses an asymmetric matrix and names both cells', () => {
    const e = errorOf(() =>
      validateCorrelations(ids, [
        [1, 0.2, 0],
        [0.3, 1, 0],
        [0, 0, 1],
      ]),
    );
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toContain('correlations[1][0] is 0.3 but correlations[0][1] is 0.2');
    expect(e.message).toContain('(b, a)');
  });

  it('refuses a diagonal other than 1, a wrong shape and values outside [-1, 1]', () => {
    expect(
      errorOf(() =>
        validateCorrelations(ids, [
          [1, 0, 0],
          [0, 0.9, 0],
          [0, 0, 1],
        ]),
      ).message,
    ).toContain('correlations[1][1] (b) is 0.9');
    expect(
      errorOf(() =>
        validateCorrelations(ids, [
          [1, 0],
          [0, 1],
        ]),
      ).message,
    ).toContain('2 rows but there are 3');
    expect(
      errorOf(() =>
        validateCorrelations(ids, [
          [1, 0, 0],
          [0, 1],
          [0, 0, 1],
        ]),
      ).message,
    ).toContain('correlations[1] has 2 entries');
    expect(
      errorOf(() =>
        validateCorrelations(ids, [
          [1, 2, 0],
          [2, 1, 0],
          [0, 0, 1],
        ]),
      ).message,
    ).toContain('must be within [-1, 1]');
    expect(
      errorOf(() =>
        validateCorrelations(ids, [
          [1, NaN, 0],
          [NaN, 1, 0],
          [0, 0, 1],
        ]),
      ).message,
    ).toContain('correlations[1][0]');
  });

  const contradictory = [
    [1, 0.9, -0.9],
    [0.9, 1, 0.9],
    [-0.9, 0.9, 1],
  ];

  it('refuses a matrix that is not positive semidefinite unless repair is asked for', () => {
    const e = errorOf(() => validateCorrelations(ids, contradictory));
    expect(e.message).toMatch(/not positive semidefinite \(smallest eigenvalue -/);
  });

  it('repairs to the nearest valid correlation matrix on request, and says so', () => {
    const { matrix, repair } = validateCorrelations(ids, contradictory, { repairCorrelations: true });
    expect(repair).toBeDefined();
    expect(repair!.minEigenvalueBefore).toBeLessThan(0);
    expect(repair!.frobeniusDistance).toBeGreaterThan(0);
    matrix.forEach((row, i) => {
      expect(row[i]).toBe(1);
      row.forEach((v, j) => expect(v).toBeCloseTo(matrix[j]![i]!, 14));
    });
    expect(Math.min(...symmetricEigen(matrix).values)).toBeGreaterThanOrEqual(0);
    // Nearest: a valid matrix that is further away (the identity) must not beat it.
    const dIdentity = Math.sqrt(
      contradictory.flat().reduce((s, v, k) => s + (v - (k % 4 === 0 ? 1 : 0)) ** 2, 0),
    );
    expect(repair!.frobeniusDistance).toBeLessThan(dIdentity);
    const market = buildMarket(
      ids.map((id) => ({ id, currency: 'TWD', expectedReturn: 0.05, volatility: 0.1 })),
      contradictory,
      { repairCorrelations: true },
    );
    expect(market.repair).toEqual(repair);
  });

  it('leaves a valid matrix untouched by nearestCorrelation', () => {
    const valid = [
      [1, 0.3, 0.1],
      [0.3, 1, 0.2],
      [0.1, 0.2, 1],
    ];
    nearestCorrelation(valid).forEach((row, i) =>
      row.forEach((v, j) => expect(v).toBeCloseTo(valid[i]![j]!, 8)),
    );
  });

  it('refuses non-positive volatility, duplicate ids and a malformed file, naming the field', () => {
    const file = readResource('capital-market-assumptions.json') as {
      assets: { volatility: number; id: string }[];
      asOf: string;
    };
    const badVol = structuredClone(file);
    badVol.assets[2]!.volatility = -0.1;
    expect(errorOf(() => parseAssumptions(badVol)).message).toBe(
      'Invalid capital-market assumptions: assets[2].volatility: volatility must be positive',
    );
    const dup = structuredClone(file);
    dup.assets[1]!.id = dup.assets[0]!.id;
    expect(errorOf(() => parseAssumptions(dup)).message).toBe('Duplicate asset id "tw_equity"');
    const badDate = structuredClone(file);
    badDate.asOf = '31/10/2026';
    expect(errorOf(() => parseAssumptions(badDate)).message).toContain('asOf: must be YYYY-MM-DD');
    expect(errorOf(() => parseAssumptions({ ...file, assets: [] })).message).toContain('assets');
  });
});
