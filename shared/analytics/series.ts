import { z } from 'zod';
import { invalid } from './errors';

/** Historical metrics of a periodic return series (e.g. monthly fund returns). */

export const returnSeriesSchema = z
  .object({
    /** Simple returns per period, oldest first; each above -1. */
    returns: z.array(z.number().gt(-1)).min(2),
    /** One label per return (e.g. the period's end date); optional. */
    dates: z.array(z.string()).optional(),
    periodsPerYear: z.number().int().min(1).max(366).default(12),
  })
  .refine((s) => !s.dates || s.dates.length === s.returns.length, {
    message: 'dates must have one entry per return',
    path: ['dates'],
  });

export type ReturnSeries = z.output<typeof returnSeriesSchema>;

export interface Drawdown {
  /** Largest fall from a peak, as a positive fraction. */
  maxDrawdown: number;
  /** Label of the period that ended at the peak; null when the series started at its peak. */
  peakDate: string | null;
  troughDate: string | null;
  /** First period back at the peak, or null if it never recovered. */
  recoveryDate: string | null;
}

export interface SeriesMetrics {
  periods: number;
  annualizedReturn: number;
  annualizedVolatility: number;
  historical: { confidence: number; valueAtRisk: number; conditionalValueAtRisk: number }[];
  drawdown: Drawdown;
}

/**
 * Historical VaR/CVaR per period: with k = ceil(n * (1 - confidence)) tail observations, VaR is
 * minus the k-th smallest return and CVaR minus the mean of the k smallest.
 */
export function historicalTail(returns: readonly number[], confidence: number) {
  if (!(confidence > 0 && confidence < 1)) throw invalid(`confidence must be in (0, 1), got ${confidence}`);
  const sorted = Float64Array.from(returns).sort();
  // The epsilon keeps 100 * (1 - 0.95) = 5.000000000000004 from counting a sixth observation.
  const k = Math.max(1, Math.ceil(sorted.length * (1 - confidence) - 1e-9));
  let tailSum = 0;
  for (let i = 0; i < k; i++) tailSum += sorted[i]!;
  return { confidence, valueAtRisk: -sorted[k - 1]!, conditionalValueAtRisk: -tailSum / k };
}

export function maxDrawdown(returns: readonly number[], dates?: readonly string[]): Drawdown {
  const label = (i: number) => (i < 0 ? null : (dates?.[i] ?? String(i)));
  let wealth = 1;
  let peak = 1;
  let peakIndex = -1;
  let worst = 0;
  let worstPeak = -1;
  let worstTrough = -1;
  returns.forEach((r, i) => {
    wealth *= 1 + r;
    if (wealth > peak) {
      peak = wealth;
      peakIndex = i;
    }
    const dd = 1 - wealth / peak;
    if (dd > worst) {
      worst = dd;
      worstPeak = peakIndex;
      worstTrough = i;
    }
  });
  let recovery: number | null = null;
  if (worst > 0) {
    wealth = 1;
    let peakWealth = 1;
    for (let i = 0; i < returns.length; i++) {
      wealth *= 1 + returns[i]!;
      if (i === worstPeak) peakWealth = wealth;
      if (i > worstTrough && wealth >= peakWealth) {
        recovery = i;
        break;
      }
    }
  }
  return {
    maxDrawdown: worst,
    peakDate: worst > 0 ? label(worstPeak) : null,
    troughDate: worst > 0 ? label(worstTrough) : null,
    recoveryDate: recovery === null ? null : label(recovery),
  };
}

export function seriesMetrics(series: ReturnSeries): SeriesMetrics {
  const { returns, periodsPerYear } = series;
  const n = returns.length;
  const growth = returns.reduce((g, r) => g * (1 + r), 1);
  const mean = returns.reduce((s, r) => s + r, 0) / n;
  const variance = returns.reduce((s, r) => s + (r - mean) ** 2, 0) / (n - 1);
  return {
    periods: n,
    annualizedReturn: growth ** (periodsPerYear / n) - 1,
    annualizedVolatility: Math.sqrt(variance * periodsPerYear),
    historical: [0.95, 0.99].map((c) => historicalTail(returns, c)),
    drawdown: maxDrawdown(returns, series.dates),
  };
}
