import {
  efficientFrontier,
  makeProblem,
  stressTest,
  type Market,
  type RiskMetrics,
  type ScenariosFile,
} from '../../../analytics';
import type { PortfolioFigures, RiskReturnPoint, StressOutcome } from '../schema';
import { FRONTIER_POINTS } from './input';

/** The proposal's risk figures, frontier and stress rows, from the shared analytics engine. */

/** The risk-free rate for Sharpe ratios: the assumptions' TWD cash return (0 without that class). */
export function riskFreeRateOf(market: Market): number {
  return market.assets.find((a) => a.id === 'twd_cash')?.expectedReturn ?? 0;
}

/** One-year parametric figures (VaR/CVaR 95% from the normal formula) and the simulated drawdowns. */
export function portfolioFigures(
  metrics: RiskMetrics,
  valueTwd: number,
  drawdown: { median: number; p95: number },
): PortfolioFigures {
  const tail = metrics.tail.find((t) => t.confidence === 0.95)!;
  return {
    expectedReturn: metrics.expectedReturn,
    volatility: metrics.volatility,
    sharpe: metrics.sharpe ?? 0,
    var95: tail.valueAtRisk,
    cvar95: tail.conditionalValueAtRisk,
    var95Twd: tail.valueAtRisk * valueTwd,
    cvar95Twd: tail.conditionalValueAtRisk * valueTwd,
    maxDrawdownMedian: drawdown.median,
    maxDrawdown95: drawdown.p95,
  };
}

/** The long-only, fully invested frontier on the assumptions, as risk-return points. */
export function frontierPoints(market: Market): RiskReturnPoint[] {
  return efficientFrontier(
    makeProblem(market, { riskFreeRate: riskFreeRateOf(market) }),
    FRONTIER_POINTS,
  ).map(({ portfolio }) => ({ expectedReturn: portfolio.expectedReturn, volatility: portfolio.volatility }));
}

export function pointOf(metrics: RiskMetrics): RiskReturnPoint {
  return { expectedReturn: metrics.expectedReturn, volatility: metrics.volatility };
}

/** Every scenario of the file on both portfolios: losses as positive fractions and in TWD. */
export function stressOutcomes(
  market: Market,
  scenarios: ScenariosFile,
  current: { weights: number[]; valueTwd: number } | null,
  proposed: { weights: number[]; valueTwd: number },
): StressOutcome[] {
  return scenarios.scenarios.map((scenario) => {
    const loss = (p: { weights: number[]; valueTwd: number }) => {
      const r = stressTest(market, p.weights, p.valueTwd, scenario);
      return { lossPercent: -r.portfolioReturn, lossTwd: r.lossTwd };
    };
    return {
      id: scenario.id,
      name: { 'zh-TW': scenario.nameZh ?? scenario.name, en: scenario.name },
      kind: scenario.kind,
      current: current ? loss(current) : null,
      proposed: loss(proposed),
    };
  });
}
