import { describe, expect, it } from 'vitest';
import {
  anchorOf,
  annualisedVolatility,
  correlation,
  correlationMatrix,
  drawdown,
  figuresOf,
  periodReturn,
  periodReturns,
  rebased,
  type Point,
} from '../../../../shared/features/market-data';

const series = (pairs: [string, number][]): Point[] => pairs.map(([date, value]) => ({ date, value }));

const monthly = series([
  ['2023-11-30', 80],
  ['2023-12-29', 100],
  ['2024-02-29', 90],
  ['2024-03-29', 120],
]);

describe('period returns', () => {
  it('anchors each period on the same day months earlier, and YTD on the previous 31 December', () => {
    expect(anchorOf('1M', '2024-03-31')).toBe('2024-02-29');
    expect(anchorOf('3M', '2024-05-31')).toBe('2024-02-29');
    expect(anchorOf('1Y', '2024-02-29')).toBe('2023-02-28');
    expect(anchorOf('3Y', '2024-03-29')).toBe('2021-03-29');
    expect(anchorOf('YTD', '2024-03-29')).toBe('2023-12-31');
  });

  it('runs from the last point on or before the anchor to the last point', () => {
    const returns = periodReturns(monthly);
    // 1M: anchor 2024-02-29 → 90; 120 / 90 − 1.
    expect(returns['1M']).toBeCloseTo(1 / 3, 12);
    // 3M: anchor 2023-12-29 → 100. YTD: anchor 2023-12-31 → the 29th's 100.
    expect(returns['3M']).toBeCloseTo(0.2, 12);
    expect(returns.YTD).toBeCloseTo(0.2, 12);
    // No point a year back: null, not a shorter period's figure.
    expect(returns['1Y']).toBeNull();
    expect(returns['3Y']).toBeNull();
  });

  it('ends on or before asOf when given', () => {
    // End 2024-02-29 (90). 1M anchor 2024-01-29 → 2023-12-29 (100); 3M anchor 2023-11-29: nothing.
    expect(periodReturn(monthly, '1M', { asOf: '2024-03-01' })).toBeCloseTo(-0.1, 12);
    expect(periodReturn(monthly, 'YTD', { asOf: '2024-03-01' })).toBeCloseTo(-0.1, 12);
    expect(periodReturn(monthly, '3M', { asOf: '2024-03-01' })).toBeNull();
    expect(periodReturn([], '1M')).toBeNull();
  });

  it('measures a rate by its change in points', () => {
    const rate = series([
      ['2024-01-02', 1.875],
      ['2024-02-02', 2.0],
    ]);
    expect(periodReturn(rate, '1M', { measure: 'difference' })).toBeCloseTo(0.125, 12);
    expect(figuresOf(rate, 'rate').returns['1M']).toBeCloseTo(0.125, 12);
    expect(figuresOf(rate, 'rate').volatility1Y).toBeNull();
  });
});

describe('volatility', () => {
  it('is the sample deviation of daily log returns times √252', () => {
    // ln(1.1) = 0.0953102, ln(0.9) = −0.1053605: two values deviate by half their gap from the mean,
    // so s = 0.2006707 / √2 = 0.1418967, and × √252 (15.8745079) = 2.2525.
    const v = annualisedVolatility(
      series([
        ['2024-01-02', 100],
        ['2024-01-03', 110],
        ['2024-01-04', 99],
      ]),
    );
    expect(v).toBeCloseTo(2.25253, 4);
    expect(
      annualisedVolatility(
        series([
          ['2024-01-02', 100],
          ['2024-01-03', 101],
        ]),
      ),
    ).toBeNull();
  });
});

describe('drawdown', () => {
  it('finds the largest fall from a running peak and where the last point stands', () => {
    const d = drawdown(
      series([
        ['2024-01-01', 100],
        ['2024-01-02', 120],
        ['2024-01-03', 90],
        ['2024-01-04', 108],
        ['2024-01-05', 60],
        ['2024-01-06', 130],
        ['2024-01-07', 117],
      ]),
    );
    expect(d.max).toBeCloseTo(-0.5, 12);
    expect(d.peakDate).toBe('2024-01-02');
    expect(d.troughDate).toBe('2024-01-05');
    expect(d.current).toBeCloseTo(-0.1, 12);
    expect(
      drawdown(
        series([
          ['2024-01-01', 1],
          ['2024-01-02', 2],
        ]),
      ),
    ).toEqual({
      max: 0,
      peakDate: null,
      troughDate: null,
      current: 0,
    });
  });
});

describe('correlation', () => {
  const dates = ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05'];
  const a = series(dates.map((d, i) => [d, [100, 110, 99, 108.9, 104][i]!]));

  it('is 1 for a series and its square, −1 for its inverse, on the dates both have', () => {
    const squared = series(dates.map((d, i) => [d, a[i]!.value ** 2]));
    const inverse = series(dates.map((d, i) => [d, 1 / a[i]!.value]));
    expect(correlation(a, squared)).toBeCloseTo(1, 12);
    expect(correlation(a, inverse)).toBeCloseTo(-1, 12);
    // A missing date in one series: returns run between the dates both have.
    const gappy = squared.filter((p) => p.date !== '2024-01-03');
    expect(correlation(a, gappy)).toBeCloseTo(1, 12);
    expect(correlation(a, gappy.slice(0, 2))).toBeNull();
    const matrix = correlationMatrix([a, squared, inverse]);
    expect(matrix[0]![0]).toBe(1);
    expect(matrix[2]![1]).toBeCloseTo(-1, 12);
    expect(matrix[1]![2]).toBe(matrix[2]![1]);
  });
});

describe('rebased', () => {
  it('rebases every series to 100 at the first date they all have', () => {
    const [a, b] = rebased([
      series([
        ['2024-01-01', 50],
        ['2024-01-02', 55],
        ['2024-01-03', 60],
      ]),
      series([
        ['2024-01-02', 200],
        ['2024-01-03', 220],
      ]),
    ]);
    expect(a!.map((p) => p.date)).toEqual(['2024-01-02', '2024-01-03']);
    expect(a![1]!.value).toBeCloseTo((60 / 55) * 100, 12);
    expect(b!.map((p) => p.value)).toEqual([100, 110.00000000000001]);
  });
});
