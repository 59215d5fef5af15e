import { z } from 'zod';
import type { AssumptionsMeta, Market } from './assumptions';
import { invalid, parseOrThrow } from './errors';
import { targetVolatility, weightsById } from './optimizer';
import { makeProblem, type WeightGroup } from './problem';

/**
 * Model portfolios per client risk grade: for each grade, the frontier portfolio with the highest
 * expected return whose volatility stays within the grade's band. Bands are a firm setting.
 */

export const gradeBandSchema = z.object({
  grade: z.string().min(1),
  maxVolatility: z.number().gt(0).lte(5),
  /** Optionally leave out asset classes rated above this RR level for the grade. */
  maxRiskRating: z.number().int().min(1).max(5).optional(),
});

export type GradeBand = z.output<typeof gradeBandSchema>;

/** Default five-grade bands (C1 保守型 ... C5 積極型), annual volatility ceilings. */
export const DEFAULT_GRADE_BANDS: GradeBand[] = [
  { grade: 'C1', maxVolatility: 0.03 },
  { grade: 'C2', maxVolatility: 0.06 },
  { grade: 'C3', maxVolatility: 0.09 },
  { grade: 'C4', maxVolatility: 0.12 },
  { grade: 'C5', maxVolatility: 0.16 },
];

export const modelPortfoliosInputSchema = z.object({
  bands: z.array(gradeBandSchema).min(1).default(DEFAULT_GRADE_BANDS),
});

export function parseModelPortfoliosInput(input: unknown) {
  return parseOrThrow(modelPortfoliosInputSchema, input, 'model portfolio input');
}

export interface ModelPortfolio {
  grade: string;
  maxVolatility: number;
  weights: Record<string, number>;
  expectedReturn: number;
  volatility: number;
}

export interface ModelPortfolioSet {
  assumptionsVersion: string;
  assumptionsAsOf: string;
  portfolios: ModelPortfolio[];
}

export function modelPortfolios(
  market: Market,
  meta: AssumptionsMeta,
  bands: readonly GradeBand[] = DEFAULT_GRADE_BANDS,
  groups: WeightGroup[] = [],
): ModelPortfolioSet {
  const portfolios = bands.map((band) => {
    const max = market.assets.map((a) =>
      band.maxRiskRating !== undefined && (a.riskRating ?? 5) > band.maxRiskRating ? 0 : 1,
    );
    if (max.every((m) => m === 0))
      throw invalid(`Grade ${band.grade}: no asset class is rated RR${band.maxRiskRating} or lower`);
    const problem = makeProblem(market, { max, groups });
    const { portfolio } = targetVolatility(problem, band.maxVolatility);
    return {
      grade: band.grade,
      maxVolatility: band.maxVolatility,
      weights: weightsById(problem, portfolio.weights),
      expectedReturn: portfolio.expectedReturn,
      volatility: portfolio.volatility,
    };
  });
  return { assumptionsVersion: meta.version, assumptionsAsOf: meta.asOf, portfolios };
}
