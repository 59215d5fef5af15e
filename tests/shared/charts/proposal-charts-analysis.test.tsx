import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { pathOf, renderChartSvg } from '../../core/documents/chart-dom';
import { AllocationDonutChart } from '../../../shared/charts/AllocationDonutChart';
import { ComparisonBarChart } from '../../../shared/charts/ComparisonBarChart';
import { FanChart } from '../../../shared/charts/FanChart';
import { FrontierChart } from '../../../shared/charts/FrontierChart';
import {
  allocationRows,
  donutSlices,
  fanYears,
  frontierData,
  goalMarkers,
  stressRows,
} from '../../../shared/charts/proposal-chart-data';
import { analyseProposal } from '../../../shared/features/proposals';
import { analysisInput } from '../features/proposals/analysis.fixture';
import { FORMATS, count, labelOf } from './proposal-charts.fixture';

/** The charts drawn from a real analysis, as the PDF will draw them. */

const analysis = analyseProposal(analysisInput());
const pct = (v: number) => `${Math.round(v * 100)}%`;

describe('charts of a real proposal analysis', () => {
  it('draws the proposed donut and the class bars from the analysis', async () => {
    const donut = await renderChartSvg(
      createElement(AllocationDonutChart, {
        slices: donutSlices(analysis.proposed, 'byAssetClass', labelOf, FORMATS),
        width: 360,
        height: 160,
        emptyText: '無',
      }),
    );
    expect(count(donut, /class="recharts-sector"/)).toBe(3);
    expect(donut).toContain('45.0%');
    const rows = allocationRows(analysis.current, analysis.proposed, 'byAssetClass', labelOf, FORMATS);
    // Classes: tw_equity (both), global_ig_bond, dm_equity (proposed), gold, twd_cash, usd_cash (current).
    expect(rows).toHaveLength(6);
    const bars = await renderChartSvg(
      createElement(ComparisonBarChart, {
        rows,
        seriesLabels: { current: '現況', proposed: '建議' },
        formatTick: pct,
        width: 420,
        height: 260,
        emptyText: '無',
      }),
    );
    expect(count(bars, /class="recharts-rectangle"/)).toBe(7);
  });

  it('draws all seven stress scenarios, both sides', async () => {
    const rows = stressRows(analysis.stress, 'en', 'percent', FORMATS);
    const svg = await renderChartSvg(
      createElement(ComparisonBarChart, {
        rows,
        seriesLabels: { current: 'Current', proposed: 'Proposed' },
        formatTick: pct,
        width: 480,
        height: 360,
        emptyText: 'None',
        labelWidth: 150,
      }),
    );
    expect(count(svg, /class="recharts-rectangle"/)).toBe(14);
    expect(svg).toContain('2008 global financial crisis');
  });

  it('draws the 25-point frontier with both points and the 31-year fan with its two goals', async () => {
    const frontier = await renderChartSvg(
      createElement(FrontierChart, {
        ...frontierData(analysis, { current: '現況', proposed: '建議' }),
        labels: { frontier: '效率前緣', volatility: '波動度', expectedReturn: '預期報酬' },
        formatPercent: pct,
        width: 420,
        height: 280,
      }),
    );
    expect(pathOf(frontier, '.recharts-curve.frontier-line').split(/[ML]/).filter(Boolean)).toHaveLength(25);
    expect(count(frontier, /class="recharts-symbols"/)).toBe(2);
    const fan = await renderChartSvg(
      createElement(FanChart, {
        years: fanYears(analysis.monteCarlo.fan),
        goals: goalMarkers(analysis.monteCarlo.goals, '2026-11-30', FORMATS),
        labels: { outer: '5–95', inner: '25–75', median: '中位數', goal: '目標', year: '年' },
        formatMoney: (v) => `${Math.round(v / 10_000)}萬`,
        formatYear: (y) => String(2026 + y),
        width: 480,
        height: 300,
      }),
    );
    expect(pathOf(fan, '.recharts-line-curve').split(/[ML]/).filter(Boolean)).toHaveLength(31);
    expect(count(fan, /class="fan-goal"/)).toBe(2);
    expect(fan).toContain(`子女教育 ${FORMATS.percent(analysis.monteCarlo.goals[0]!.probability)}`);
  });
});
