import { buildMarket, riskMetrics, type Market, type RiskMetrics } from '../../analytics';
import { invalid } from '../../analytics/errors';
import { AppError } from '../../ipc/result';
import { ASSET_CLASSES, type AssetClassId } from '../products';
import type { ProposalAnalysis } from './schema';
import { allocationView, classWeights, currentHoldings, proposedView } from './analysis/allocation';
import {
  frontierPoints,
  pointOf,
  portfolioFigures,
  riskFreeRateOf,
  stressOutcomes,
} from './analysis/figures';
import {
  DEFAULT_ANALYSIS_SEED,
  DEFAULT_INFLATION,
  type ProposalAnalysisInput,
  type ProposedProduct,
} from './analysis/input';
import { runProposalSimulation } from './analysis/simulation';
import { rebalancingTrades } from './analysis/trades';

export {
  DEFAULT_ANALYSIS_SEED,
  DEFAULT_INFLATION,
  FRONTIER_POINTS,
  type ProposalAnalysisInput,
  type ProposedProduct,
} from './analysis/input';
export { allocationView, cashClassOf, currentHoldings } from './analysis/allocation';

/**
 * A proposal's analysis: the current and proposed allocations, their risk figures, the efficient
 * frontier, the Monte Carlo projection with the goals, the stress tests, the risk contributions
 * and the trades. Pure and deterministic (a fixed default seed), so the screen, the PDF and a
 * presented proposal's snapshot show the same numbers. Method: docs/analytics.md.
 */
export function analyseProposal(input: ProposalAnalysisInput): ProposalAnalysis {
  const { content, assumptions } = input;
  const market = buildMarket(assumptions.assets, assumptions.correlations);
  const ids = market.assets.map((a) => a.id);
  const productOf = productLookup(input.products);
  const holdingsTwd = input.holdings?.totalTwd ?? 0;
  const investableTwd = holdingsTwd + content.newMoneyTwd;
  if (investableTwd < 0) {
    throw new AppError('VALIDATION', 'newMoneyTwd takes out more than the holdings are worth', {
      issues: [{ path: ['newMoneyTwd'], message: 'validation.newMoneyExceedsHoldings' }],
    });
  }

  const pieces = input.holdings ? currentHoldings(input.holdings, (c) => riskRatingOf(market, c)) : [];
  const current = pieces.length > 0 ? allocationView(pieces) : null;
  const proposed = proposedView(content, productOf, investableTwd);
  for (const view of current ? [current, proposed] : [proposed])
    checkClasses(view.byAssetClass, ids, assumptions.version);
  const rf = riskFreeRateOf(market);
  const currentWeights = current ? classWeights(current, ids) : null;
  const proposedWeights = classWeights(proposed, ids);
  const currentMetrics = currentWeights ? riskMetrics(market, currentWeights, rf) : null;
  const proposedMetrics = riskMetrics(market, proposedWeights, rf);

  const simulation = runProposalSimulation({
    initialTwd: investableTwd,
    expectedReturn: proposedMetrics.expectedReturn,
    volatility: proposedMetrics.volatility,
    goals: content.goals,
    startDay: input.startDay,
    horizonYears: content.horizonYears,
    inflation: input.inflation ?? DEFAULT_INFLATION,
    paths: input.settings.simulationPaths,
    seed: input.seed ?? DEFAULT_ANALYSIS_SEED,
    alsoDrawdownOf: currentMetrics ? [pointOf(currentMetrics)] : [],
  });
  const [proposedDrawdown, currentDrawdown] = simulation.drawdowns;
  const trades = rebalancingTrades(
    content,
    input.holdings,
    productOf,
    investableTwd,
    input.settings.sellCostPercent,
  );

  return {
    assumptionsVersion: assumptions.version,
    investableTwd,
    current,
    proposed,
    figures: {
      current:
        current && currentMetrics && currentDrawdown
          ? portfolioFigures(currentMetrics, current.totalTwd, currentDrawdown)
          : null,
      proposed: portfolioFigures(proposedMetrics, investableTwd, proposedDrawdown!),
    },
    frontier: frontierPoints(market),
    currentPoint: currentMetrics ? pointOf(currentMetrics) : null,
    proposedPoint: pointOf(proposedMetrics),
    monteCarlo: {
      paths: input.settings.simulationPaths,
      seed: input.seed ?? DEFAULT_ANALYSIS_SEED,
      months: simulation.months,
      fan: simulation.fan,
      probabilityOfRuin: simulation.probabilityOfRuin,
      goals: simulation.goals,
    },
    stress: stressOutcomes(
      market,
      input.stressScenarios,
      current && currentWeights ? { weights: currentWeights, valueTwd: current.totalTwd } : null,
      { weights: proposedWeights, valueTwd: investableTwd },
    ),
    riskContributions: riskContributionRows(currentMetrics, proposedMetrics),
    trades: trades.trades,
    tradeFeesTwd: trades.feesTwd,
  };
}

function productLookup(products: readonly ProposedProduct[]): (id: string) => ProposedProduct {
  const byId = new Map(products.map((p) => [p.id, p]));
  return (id) => {
    const product = byId.get(id);
    if (!product) throw invalid(`products: the proposed product ${id} was not given`);
    return product;
  };
}

function riskRatingOf(market: Market, assetClass: string): number | null {
  return market.assets.find((a) => a.id === assetClass)?.riskRating ?? null;
}

/** A class held or proposed that the assumptions do not model cannot be analysed: say which. */
function checkClasses(
  slices: readonly { key: string; weight: number }[],
  ids: readonly string[],
  version: string,
) {
  for (const s of slices) {
    if (s.weight !== 0 && !ids.includes(s.key))
      throw invalid(`The assumptions ${version} have no asset class "${s.key}"`);
  }
}

/** Each class's share of the volatility, for the classes either portfolio holds. */
function riskContributionRows(
  current: RiskMetrics | null,
  proposed: RiskMetrics,
): ProposalAnalysis['riskContributions'] {
  const shareOf = (m: RiskMetrics, id: string) => m.riskContributions.find((r) => r.id === id);
  return ASSET_CLASSES.flatMap((assetClass: AssetClassId) => {
    const p = shareOf(proposed, assetClass);
    const c = current ? shareOf(current, assetClass) : undefined;
    if ((p?.weight ?? 0) === 0 && (c?.weight ?? 0) === 0) return [];
    return [{ assetClass, current: current ? (c?.share ?? 0) : null, proposed: p?.share ?? 0 }];
  });
}
