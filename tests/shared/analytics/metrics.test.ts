import { describe, expect, it } from 'vitest';
import {
  historicalTail,
  maxDrawdown,
  riskMetrics,
  seriesMetrics,
  weightVector,
} from '../../../shared/analytics';
import { normalQuantile } from '../../../shared/analytics/normal';
import { errorOf, simpleMarket } from './fixtures';

describe('parametric risk metrics', () => {
  const market = simpleMarket([0.06, 0.02], [0.2, 0.05], 0.25);

  it('a single asset: VaR = z s - mu, CVaR = s phi(z) / (1 - c) - mu, over a horizon', () => {
    const m = riskMetrics(market, [1, 0], 0.01, 4);
    expect(m.volatility).toBeCloseTo(0.2, 15);
    expect(m.sharpe).toBeCloseTo(0.25, 15);
    const [v95, v99] = m.tail;
    // Horizon 4 years: mean 0.24, sd 0.4.
    expect(v95!.valueAtRisk).toBeCloseTo(1.6448536269514722 * 0.4 - 0.24, 8);
    expect(v99!.valueAtRisk).toBeCloseTo(2.3263478740408408 * 0.4 - 0.24, 8);
    expect(v95!.conditionalValueAtRisk).toBeCloseTo((0.4 * 0.10313564037537128) / 0.05 - 0.24, 8);
    expect(m.diversificationRatio).toBeCloseTo(1, 15);
  });

  it('risk contributions add up to the volatility, and diversification ratio exceeds 1', () => {
    const m = riskMetrics(market, [0.4, 0.6], 0);
    const total = m.riskContributions.reduce((s, c) => s + c.contribution, 0);
    expect(total).toBeCloseTo(m.volatility, 14);
    expect(m.riskContributions.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 14);
    expect(m.diversificationRatio).toBeCloseTo((0.4 * 0.2 + 0.6 * 0.05) / m.volatility, 14);
    expect(m.diversificationRatio).toBeGreaterThan(1);
  });

  it('normal quantiles are accurate to 1e-8', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 8);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 8);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('refuses weights that do not add to one, unknown ids and a bad horizon', () => {
    expect(errorOf(() => weightVector(market, { a0: 0.5, a1: 0.4 })).message).toBe(
      'weights add up to 0.9, not 1',
    );
    expect(errorOf(() => weightVector(market, { a0: 1, zz: 0 })).message).toBe(
      'weights.zz: unknown asset id "zz"',
    );
    expect(errorOf(() => weightVector(market, { a0: NaN, a1: 1 })).message).toBe(
      'weights.a0 must be a finite number',
    );
    expect(errorOf(() => riskMetrics(market, [1, 0], 0, 0)).message).toMatch(/horizonYears/);
  });
});

describe('return-series metrics', () => {
  const dates = ['2020-01', '2020-02', '2020-03', '2020-04', '2020-05', '2020-06'];
  const returns = [0.1, -0.2, -0.1, 0.05, 0.3, -0.05];

  it('maximum drawdown with its peak, trough and recovery', () => {
    const dd = maxDrawdown(returns, dates);
    // Wealth: 1.1, 0.88, 0.792, 0.8316, 1.08108, 1.027: peak 1.1 (Jan) to 0.792 (Mar) = -28%, never back.
    expect(dd.maxDrawdown).toBeCloseTo(0.28, 12);
    expect(dd).toMatchObject({ peakDate: '2020-01', troughDate: '2020-03', recoveryDate: null });
    const recovered = maxDrawdown([-0.1, 0.2], ['a', 'b']);
    expect(recovered).toMatchObject({ peakDate: null, troughDate: 'a', recoveryDate: 'b' });
    expect(maxDrawdown([0.01, 0.02]).maxDrawdown).toBe(0);
  });

  it('historical VaR and CVaR from the sorted tail', () => {
    const r = Array.from({ length: 100 }, (_, i) => (i - 50) / 1000); // -0.05 .. 0.049
    const t95 = historicalTail(r, 0.95);
    expect(t95.valueAtRisk).toBeCloseTo(0.046, 12); // 5th smallest
    expect(t95.conditionalValueAtRisk).toBeCloseTo(0.048, 12); // mean of 5 smallest
    expect(historicalTail(r, 0.99).valueAtRisk).toBeCloseTo(0.05, 12);
  });

  it('annualised return and volatility', () => {
    const m = seriesMetrics({ returns: [0.01, 0.01, 0.01, 0.01], periodsPerYear: 12 });
    expect(m.annualizedReturn).toBeCloseTo(1.01 ** 12 - 1, 12);
    expect(m.annualizedVolatility).toBe(0);
    const v = seriesMetrics({ returns, periodsPerYear: 12 });
    const mean = returns.reduce((s, x) => s + x, 0) / 6;
    const sd = Math.sqrt(returns.reduce((s, x) => s + (x - mean) ** 2, 0) / 5);
    expect(v.annualizedVolatility).toBeCloseTo(sd * Math.sqrt(12), 12);
  });
});
