import type {
  AllocationSlice,
  AllocationView,
  Fan,
  GoalOutcome,
  ProposalAnalysis,
  StressOutcome,
} from '../features/proposals';
import type { ComparisonRow } from './ComparisonBarChart';
import type { DonutSlice } from './AllocationDonutChart';
import type { FanYear, GoalMarker } from './FanChart';
import type { FrontierChartProps } from './FrontierChart';
import type { GoalProbabilityRow } from './GoalProbabilityChart';

/**
 * ProposalAnalysis shaped into the shared charts' props, for the screen and the PDF alike. The
 * caller brings the words (labelOf) and the number formats of its language and settings.
 */

export type AllocationDimension = 'byAssetClass' | 'byCurrency' | 'byRiskRating';

export interface ChartFormats {
  /** A fraction as a percentage ("12.5%"). */
  percent: (fraction: number) => string;
  /** A TWD amount ("NT$1,200 萬"). */
  twd: (amount: number) => string;
}

/** The donut's slices, largest first; empty slices are left out. */
export function donutSlices(
  view: AllocationView,
  dimension: AllocationDimension,
  labelOf: (key: string) => string,
  formats: ChartFormats,
): DonutSlice[] {
  return [...view[dimension]]
    .filter((s) => s.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key))
    .map((s) => ({
      key: s.key,
      label: labelOf(s.key),
      value: s.weight,
      shareText: formats.percent(s.weight),
      valueText: formats.twd(s.valueTwd),
    }));
}

/** Current against proposed weights: every key either side has, in the proposed view's order first. */
export function allocationRows(
  current: AllocationView | null,
  proposed: AllocationView,
  dimension: AllocationDimension,
  labelOf: (key: string) => string,
  formats: ChartFormats,
): ComparisonRow[] {
  const byKey = (slices: readonly AllocationSlice[]) => new Map(slices.map((s) => [s.key, s.weight]));
  const now = current ? byKey(current[dimension]) : null;
  const next = byKey(proposed[dimension]);
  const keys = [...new Set([...next.keys(), ...(now ? now.keys() : [])])];
  return keys
    .map((key) => {
      const c = now ? (now.get(key) ?? 0) : null;
      const p = next.get(key) ?? 0;
      return {
        key,
        label: labelOf(key),
        current: c,
        proposed: p,
        currentText: c === null ? '' : formats.percent(c),
        proposedText: formats.percent(p),
      };
    })
    .filter((r) => r.proposed > 0 || (r.current ?? 0) > 0);
}

/** Stress losses (positive = a loss) in percent of the portfolio or in TWD. */
export function stressRows(
  stress: readonly StressOutcome[],
  language: 'zh-TW' | 'en',
  unit: 'percent' | 'twd',
  formats: ChartFormats,
): ComparisonRow[] {
  const valueOf = (loss: { lossPercent: number; lossTwd: number }) =>
    unit === 'percent' ? loss.lossPercent : loss.lossTwd;
  const text = (v: number) => (unit === 'percent' ? formats.percent(v) : formats.twd(v));
  return stress.map((s) => {
    const c = s.current ? valueOf(s.current) : null;
    const p = valueOf(s.proposed);
    return {
      key: s.id,
      label: s.name[language],
      current: c,
      proposed: p,
      currentText: c === null ? '' : text(c),
      proposedText: text(p),
    };
  });
}

/** Each class's share of the portfolio's volatility, current against proposed (classes with none left out). */
export function riskContributionRows(
  rows: ProposalAnalysis['riskContributions'],
  labelOf: (key: string) => string,
  formats: ChartFormats,
): ComparisonRow[] {
  return rows
    .filter((r) => Math.abs(r.proposed) > 1e-9 || Math.abs(r.current ?? 0) > 1e-9)
    .map((r) => ({
      key: r.assetClass,
      label: labelOf(r.assetClass),
      current: r.current,
      proposed: r.proposed,
      currentText: r.current === null ? '' : formats.percent(r.current),
      proposedText: formats.percent(r.proposed),
    }));
}

export function fanYears(fan: Fan): FanYear[] {
  return fan.years.map((year, i) => ({
    year,
    p5: fan.p5[i]!,
    p25: fan.p25[i]!,
    p50: fan.p50[i]!,
    p75: fan.p75[i]!,
    p95: fan.p95[i]!,
  }));
}

/**
 * Goals on the fan: at their year (counted from the analysis' start day, as the fan's years are)
 * and their nominal amount, labelled "name 72%".
 */
export function goalMarkers(
  goals: readonly GoalOutcome[],
  startDay: string,
  formats: ChartFormats,
): GoalMarker[] {
  const start = monthIndex(startDay);
  return goals.map((g) => ({
    key: String(g.index),
    year: (monthIndex(g.targetDate) - start) / 12,
    valueTwd: g.amountTwd,
    label: `${g.name} ${formats.percent(g.probability)}`,
  }));
}

export function goalProbabilityRows(
  goals: readonly GoalOutcome[],
  formats: ChartFormats,
): GoalProbabilityRow[] {
  return goals.map((g) => ({
    key: String(g.index),
    label: g.name,
    probability: g.probability,
    probabilityText: formats.percent(g.probability),
  }));
}

/** The frontier chart's data; the two points' names come from the caller. */
export function frontierData(
  analysis: Pick<ProposalAnalysis, 'frontier' | 'currentPoint' | 'proposedPoint'>,
  names: { current: string; proposed: string },
): Pick<FrontierChartProps, 'frontier' | 'current' | 'proposed'> {
  return {
    frontier: analysis.frontier,
    current: analysis.currentPoint ? { ...analysis.currentPoint, label: names.current } : null,
    proposed: { ...analysis.proposedPoint, label: names.proposed },
  };
}

/** "2036-05-01" → months since year 0 (the day is ignored). */
function monthIndex(isoDay: string): number {
  return Number(isoDay.slice(0, 4)) * 12 + Number(isoDay.slice(5, 7)) - 1;
}
