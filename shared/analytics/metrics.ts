import { z } from 'zod';
import type { Market } from './assumptions';
import { invalid, num, parseOrThrow } from './errors';
import { dot, matVec, quadForm } from './linalg';
import { normalPdf, normalQuantile } from './normal';
import { indexOfAsset } from './problem';

/** Ex-ante risk metrics of a weight vector under the market assumptions. */

export const CONFIDENCE_LEVELS = [0.95, 0.99] as const;

export interface TailRisk {
  confidence: number;
  /** Loss as a fraction of the portfolio value (negative: even the tail is a gain). */
  valueAtRisk: number;
  conditionalValueAtRisk: number;
}

export interface RiskContribution {
  id: string;
  weight: number;
  /** d(volatility)/d(weight) */
  marginal: number;
  /** weight * marginal; these add up to the portfolio volatility. */
  contribution: number;
  /** contribution / volatility; these add up to 1. */
  share: number;
}

export interface RiskMetrics {
  expectedReturn: number;
  volatility: number;
  sharpe: number | null;
  horizonYears: number;
  tail: TailRisk[];
  riskContributions: RiskContribution[];
  /** Weighted average asset volatility over portfolio volatility (>= 1; higher is more diversified). */
  diversificationRatio: number;
}

/** Weights must add up to one within this. */
export const WEIGHT_SUM_TOL = 1e-6;

export const weightsSchema = z.record(z.string(), z.number());

/** Turns {id: weight} into a vector over the market's assets; unknown ids and a bad sum are refused. */
export function weightVector(market: Market, weights: Record<string, number>, where = 'weights'): number[] {
  const w = new Array<number>(market.assets.length).fill(0);
  for (const [id, value] of Object.entries(weights)) {
    if (!Number.isFinite(value)) throw invalid(`${where}.${id} must be a finite number`);
    w[indexOfAsset(market, id, `${where}.${id}`)] = value;
  }
  const sum = w.reduce((s, v) => s + v, 0);
  if (Math.abs(sum - 1) > WEIGHT_SUM_TOL) throw invalid(`${where} add up to ${num(sum)}, not 1`);
  return w;
}

/**
 * Parametric (normal) metrics. Over a horizon of h years the return is taken as normal with mean
 * mu*h and standard deviation sigma*sqrt(h); VaR and CVaR are losses at the given confidence.
 */
export function riskMetrics(
  market: Market,
  w: readonly number[],
  riskFreeRate: number,
  horizonYears = 1,
): RiskMetrics {
  if (!(horizonYears > 0 && horizonYears <= 50))
    throw invalid(`horizonYears must be in (0, 50], got ${horizonYears}`);
  const mu = market.assets.map((a) => a.expectedReturn);
  const vols = market.assets.map((a) => a.volatility);
  const expectedReturn = dot(mu, w);
  const volatility = Math.sqrt(Math.max(0, quadForm(market.covariance, w)));
  const meanH = expectedReturn * horizonYears;
  const sdH = volatility * Math.sqrt(horizonYears);
  const tail = CONFIDENCE_LEVELS.map((confidence) => {
    const z = normalQuantile(confidence);
    return {
      confidence,
      valueAtRisk: sdH * z - meanH,
      conditionalValueAtRisk: (sdH * normalPdf(z)) / (1 - confidence) - meanH,
    };
  });
  const sigmaW = matVec(market.covariance, w);
  const riskContributions = market.assets.map((a, i) => {
    const marginal = volatility > 0 ? sigmaW[i]! / volatility : 0;
    const contribution = w[i]! * marginal;
    return {
      id: a.id,
      weight: w[i]!,
      marginal,
      contribution,
      share: volatility > 0 ? contribution / volatility : 0,
    };
  });
  return {
    expectedReturn,
    volatility,
    sharpe: volatility > 0 ? (expectedReturn - riskFreeRate) / volatility : null,
    horizonYears,
    tail,
    riskContributions,
    diversificationRatio: volatility > 0 ? dot(vols, w.map(Math.abs)) / volatility : 1,
  };
}

export const metricsInputSchema = z.object({
  weights: weightsSchema,
  riskFreeRate: z.number().gt(-1).lt(1).default(0),
  horizonYears: z.number().gt(0).lte(50).default(1),
});

export function parseMetricsInput(input: unknown) {
  return parseOrThrow(metricsInputSchema, input, 'metrics input');
}
