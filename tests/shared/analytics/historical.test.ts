import { describe, expect, it } from 'vitest';
import {
  bootstrapPortfolio,
  historicalPortfolioRisk,
  jointReturns,
  portfolioReturns,
  type DatedValue,
} from '../../../shared/analytics';

/** Joint returns, historical VaR of a weighted portfolio and the bootstrap, against hand-worked cases. */

const series = (start: string[], values: number[]): DatedValue[] =>
  start.map((date, i) => ({ date, value: values[i]! }));

describe('joint returns', () => {
  it('takes returns between the dates every series has', () => {
    const a = series(['2026-01-02', '2026-01-05', '2026-01-06', '2026-01-07'], [100, 110, 99, 990]);
    // b has no 2026-01-06: its return to 01-07 runs from 01-05, and so does a's.
    const b = series(['2026-01-02', '2026-01-05', '2026-01-07'], [50, 40, 60]);
    const joint = jointReturns([a, b]);
    expect(joint.dates).toEqual(['2026-01-05', '2026-01-07']);
    expect(joint.rows[0]![0]).toBeCloseTo(0.1, 12);
    expect(joint.rows[0]![1]).toBeCloseTo(-0.2, 12);
    expect(joint.rows[1]![0]).toBeCloseTo(8, 12);
    expect(joint.rows[1]![1]).toBeCloseTo(0.5, 12);
  });

  it('takes monthly returns between the last common dates of the months', () => {
    const a = series(['2026-01-30', '2026-02-02', '2026-02-27', '2026-03-31'], [100, 1, 120, 90]);
    const joint = jointReturns([a], 'monthly');
    expect(joint.dates).toEqual(['2026-02-27', '2026-03-31']);
    expect(joint.rows.map((r) => r[0])).toEqual([0.19999999999999996, -0.25]);
  });

  it('leaves out a period with a value that is not positive', () => {
    const a = series(['2026-01-01', '2026-01-02', '2026-01-03'], [100, 0, 50]);
    expect(jointReturns([a]).rows).toEqual([]);
  });

  it('weights the returns of each period', () => {
    const joint = {
      dates: ['d1', 'd2'],
      rows: [
        [0.1, -0.2],
        [0.0, 0.3],
      ],
    };
    const returns = portfolioReturns(joint, [0.75, 0.25]);
    expect(returns[0]).toBeCloseTo(0.025, 12);
    expect(returns[1]).toBeCloseTo(0.075, 12);
    expect(() => portfolioReturns(joint, [1])).toThrow(/weights has 1 entries for 2 series/);
  });
});

describe('historical VaR of a weighted portfolio', () => {
  it('is the k-th worst portfolio return, CVaR the mean of the k worst', () => {
    // 21 prices make 20 returns of one series: −10%, −9%, … , +9% in some order.
    const moves = [-10, 3, -9, 5, -8, 0, -7, 1, -6, 2, -5, 4, -4, 6, -3, 7, -2, 8, -1, 9];
    const values = [100];
    for (const m of moves) values.push(values.at(-1)! * (1 + m / 100));
    const dates = values.map((_, i) => `2026-01-${String(i + 1).padStart(2, '0')}`);
    const risk = historicalPortfolioRisk([series(dates, values), series(dates, values)], [0.5, 0.5], {
      confidence: 0.9,
    });
    // k = ceil(20 × 0.1) = 2: the worst two are −10% and −9%.
    expect(risk.observations).toBe(20);
    expect(risk.valueAtRisk).toBeCloseTo(0.09, 12);
    expect(risk.conditionalValueAtRisk).toBeCloseTo(0.095, 12);
    expect([risk.from, risk.to]).toEqual(['2026-01-02', '2026-01-21']);
  });

  it('offsets opposite series: a hedged portfolio has no loss', () => {
    const dates = ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04'];
    const up = series(dates, [100, 110, 99, 108.9]); // +10%, −10%, +10%
    const down = series(dates, [100, 90, 99, 89.1]); // −10%, +10%, −10%
    const risk = historicalPortfolioRisk([up, down], [0.5, 0.5], { confidence: 0.95 });
    expect(risk.valueAtRisk).toBeCloseTo(0, 12);
  });
});

describe('bootstrap of joint returns', () => {
  const joint = { dates: ['a', 'b', 'c', 'd'], rows: [[0.1], [-0.05], [0.02], [0.2]] };
  const product = 1.1 * 0.95 * 1.02 * 1.2;

  it('grows every path by the one return there is', () => {
    const result = bootstrapPortfolio(
      { dates: ['a'], rows: [[0.01]] },
      { weights: [1], horizon: 12, paths: 50, seed: 7 },
    );
    for (const v of result.terminal) expect(v).toBeCloseTo(1.01 ** 12, 12);
    expect(result.bands).toHaveLength(12);
    expect(result.bands[11]!.p5).toBeCloseTo(1.01 ** 12, 12);
    expect(result.probabilityOfLoss).toBe(0);
  });

  it('with one block as long as the history, draws a rotation of it: every path ends at the product', () => {
    const result = bootstrapPortfolio(joint, {
      weights: [1],
      horizon: 4,
      paths: 200,
      seed: 1,
      blockLength: 4,
    });
    for (const v of result.terminal) expect(v).toBeCloseTo(product, 12);
    // After one period a path has drawn one return: each of the four is possible, nothing else.
    const after1 = new Set(result.bands.flatMap((b) => (b.period === 1 ? [b.p5, b.p50, b.p95] : [])));
    for (const v of after1) expect([1.1, 0.95, 1.02, 1.2].some((g) => Math.abs(g - v) < 1e-12)).toBe(true);
  });

  it('draws each period about equally often (iid) and is the same for the same seed', () => {
    const options = { weights: [1], horizon: 1, paths: 4_000, seed: 42 };
    const result = bootstrapPortfolio(joint, options);
    const share = (g: number) =>
      result.terminal.filter((v) => Math.abs(v - g) < 1e-12).length / options.paths;
    for (const g of [1.1, 0.95, 1.02, 1.2]) expect(share(g)).toBeGreaterThan(0.22);
    // One path in four draws the −5%.
    expect(result.probabilityOfLoss).toBeCloseTo(0.25, 1);
    expect(bootstrapPortfolio(joint, options).terminal).toEqual(result.terminal);
    expect(bootstrapPortfolio(joint, { ...options, seed: 43 }).terminal).not.toEqual(result.terminal);
  });

  it('keeps the series of one date together', () => {
    // Two series that always move opposite: a 50/50 portfolio never moves, whatever is drawn.
    const hedged = {
      dates: ['a', 'b'],
      rows: [
        [0.1, -0.1],
        [-0.3, 0.3],
      ],
    };
    const result = bootstrapPortfolio(hedged, { weights: [0.5, 0.5], horizon: 24, paths: 100, seed: 3 });
    for (const v of result.terminal) expect(v).toBeCloseTo(1, 12);
  });

  it('refuses a block longer than the history and a horizon of 0', () => {
    expect(() =>
      bootstrapPortfolio(joint, { weights: [1], horizon: 4, paths: 1, seed: 1, blockLength: 5 }),
    ).toThrow(/blockLength/);
    expect(() => bootstrapPortfolio(joint, { weights: [1], horizon: 0, paths: 1, seed: 1 })).toThrow(
      /horizon/,
    );
  });
});
