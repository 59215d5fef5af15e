import { createElement, type ReactElement } from 'react';
import { AllocationDonutChart } from '../../../../../shared/charts/AllocationDonutChart';
import { ComparisonBarChart } from '../../../../../shared/charts/ComparisonBarChart';
import { FanChart } from '../../../../../shared/charts/FanChart';
import { FrontierChart } from '../../../../../shared/charts/FrontierChart';
import {
  allocationRows,
  donutSlices,
  fanYears,
  frontierData,
  goalMarkers,
  riskContributionRows,
  stressRows,
  type ChartFormats,
} from '../../../../../shared/charts/proposal-chart-data';
import type { ProposalFacts } from '../../../../../shared/features/proposals';
import type { Language } from '../../../../../shared/i18n/messages';
import type { ChartSet } from '../../../documents/chart-set';
import type { DocumentRenderer } from '../../../documents/renderer';
import type { ChartBlocks, ChartKey } from './analysis-sections';
import { proposalWriter, type ProposalWriter } from './format';

/**
 * The proposal's six charts, drawn by the shared chart components the screen draws, rendered to
 * SVG for the PDF. Large type draws each chart at a smaller size and scales it up to the page
 * width, so its words and marks grow with the text around it.
 */

/** The body's width on A4 (595.28 less two 40 pt margins), in points. */
const WIDTH = 515;
const LARGE_SCALE = 1.3;
/** The summary donut's height on the page in large type, in points. */
const LARGE_DONUT = 100;
const HEIGHTS: Record<ChartKey, number> = {
  summaryDonut: 150,
  allocation: 210,
  frontier: 210,
  riskContribution: 170,
  fan: 230,
  stress: 230,
};

/**
 * A chart's height in its own units. The summary's donut is drawn shorter in large type, so that
 * scaled up it takes less of the page than in regular type and the summary stays on one page.
 */
function chartHeight(key: ChartKey, scale: number): number {
  return key === 'summaryDonut' && scale > 1 ? Math.round(LARGE_DONUT / scale) : HEIGHTS[key];
}

function chartElements(w: ProposalWriter, width: number, scale: number): Record<ChartKey, ReactElement> {
  const { facts, text, language } = w;
  const { analysis } = facts;
  const c = text.charts;
  const formats: ChartFormats = { percent: (f) => w.percent(f), twd: w.twd };
  const series = { current: text.columns.current, proposed: text.columns.proposed };
  const size = (key: ChartKey) => ({ width, height: chartHeight(key, scale), animate: false });
  const tick = (f: number) => w.percent(f, 0);
  const startYear = Number(facts.day.slice(0, 4));
  return {
    summaryDonut: createElement(AllocationDonutChart, {
      ...size('summaryDonut'),
      slices: donutSlices(analysis.proposed, 'byAssetClass', w.assetClass, formats),
      emptyText: w.lane.empty,
      // The amount is in the figures above it; in large type it would not fit the hole.
      ...(facts.largeType ? {} : { centerText: w.twd(analysis.investableTwd) }),
    }),
    allocation: createElement(ComparisonBarChart, {
      ...size('allocation'),
      rows: allocationRows(analysis.current, analysis.proposed, 'byAssetClass', w.assetClass, formats),
      seriesLabels: series,
      formatTick: tick,
      emptyText: w.lane.empty,
      title: c.allocation,
      labelWidth: 120,
    }),
    frontier: createElement(FrontierChart, {
      ...size('frontier'),
      ...frontierData(analysis, series),
      labels: c.frontier,
      formatPercent: tick,
      title: c.frontierTitle,
    }),
    riskContribution: createElement(ComparisonBarChart, {
      ...size('riskContribution'),
      rows: riskContributionRows(analysis.riskContributions, w.assetClass, formats),
      seriesLabels: series,
      formatTick: tick,
      emptyText: w.lane.empty,
      title: c.riskContribution,
      labelWidth: 120,
    }),
    fan: createElement(FanChart, {
      ...size('fan'),
      years: fanYears(analysis.monteCarlo.fan),
      goals: goalMarkers(analysis.monteCarlo.goals, facts.day, formats),
      labels: c.fan,
      formatMoney: w.twd,
      formatYear: (year) => String(startYear + year),
      title: c.fanTitle,
    }),
    stress: createElement(ComparisonBarChart, {
      ...size('stress'),
      rows: stressRows(analysis.stress, language, 'percent', formats),
      seriesLabels: series,
      formatTick: tick,
      emptyText: w.lane.empty,
      title: c.stress,
      labelWidth: 150,
    }),
  };
}

export interface ProposalChartInput {
  facts: ProposalFacts;
  language: Language;
}

const CHART_KEYS: readonly ChartKey[] = [
  'summaryDonut',
  'allocation',
  'frontier',
  'riskContribution',
  'fan',
  'stress',
];

function chartScale(facts: ProposalFacts): number {
  return facts.largeType ? LARGE_SCALE : 1;
}

/** The proposal's charts in CHART_KEYS order, drawn in the chart worker. */
export const proposalChartSet: ChartSet<ProposalChartInput> = {
  name: 'proposal',
  charts({ facts, language }) {
    const scale = chartScale(facts);
    const elements = chartElements(proposalWriter(facts, language), Math.round(WIDTH / scale), scale);
    return CHART_KEYS.map((key) => elements[key]);
  },
};

/**
 * The chart blocks of the proposal, their SVG still being drawn in the chart worker while the
 * document lays out its text (the lane waits for them before drawing them in place).
 */
export function proposalCharts(
  documents: DocumentRenderer,
  facts: ProposalFacts,
  language: Language,
): ChartBlocks {
  const scale = chartScale(facts);
  const drawing = documents.charts(proposalChartSet, { facts, language });
  const blocks: ChartBlocks = {};
  CHART_KEYS.forEach((key, i) => {
    const height = Math.round(chartHeight(key, scale) * scale);
    blocks[key] = { kind: 'svg', svg: drawing.chart(i), width: WIDTH, height };
  });
  return blocks;
}
