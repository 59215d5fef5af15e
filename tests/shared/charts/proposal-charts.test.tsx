import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { pathOf, renderChartSvg, svgElements } from '../../core/documents/chart-dom';
import { AllocationDonutChart } from '../../../shared/charts/AllocationDonutChart';
import { ComparisonBarChart } from '../../../shared/charts/ComparisonBarChart';
import { FanChart } from '../../../shared/charts/FanChart';
import { FrontierChart } from '../../../shared/charts/FrontierChart';
import { GoalProbabilityChart } from '../../../shared/charts/GoalProbabilityChart';
import { categoryFill, patternId } from '../../../shared/charts/palette';
import {
  allocationRows,
  donutSlices,
  fanYears,
  frontierData,
  goalMarkers,
  goalProbabilityRows,
  riskContributionRows,
  stressRows,
} from '../../../shared/charts/proposal-chart-data';
import { ANALYSIS, FORMATS, count, labelOf } from './proposal-charts.fixture';

/** The shared proposal charts drawn to SVG as the PDF draws them (chart-svg.ts in linkedom). */

const BAR = /class="recharts-rectangle"/;
const series = { current: '現況', proposed: '建議' };
const pct = (v: number) => `${Math.round(v * 100)}%`;

describe('allocation donut', () => {
  it('draws one sector per class with its share and value, each with its own colour and pattern', async () => {
    const slices = donutSlices(ANALYSIS.proposed, 'byAssetClass', labelOf, FORMATS);
    expect(slices.map((s) => s.key)).toEqual(['tw_equity', 'global_ig_bond', 'dm_equity']);
    const svg = await renderChartSvg(
      createElement(AllocationDonutChart, {
        slices,
        width: 360,
        height: 160,
        emptyText: '無',
        title: '建議配置',
      }),
    );
    expect(count(svg, /class="recharts-sector"/)).toBe(3);
    expect(count(svg, /class="chart-legend-entry"/)).toBe(3);
    for (const text of ['台股', '40.0%', 'NT$400 萬', '全球投資級債', '35.0%', '25.0%', '建議配置'])
      expect(svg).toContain(text);
    // The second slice is hatched: its pattern is defined in the same SVG and used by sector and legend.
    const second = categoryFill(1);
    expect(second.pattern).not.toBe('solid');
    const id = patternId(second.color, second.pattern);
    expect(svgElements(svg, `pattern#${id}`)).toHaveLength(1);
    expect(svgElements(svg, `[fill="url(#${id})"]`)).toHaveLength(2);
  });

  it('says so when there is nothing to draw', async () => {
    const svg = await renderChartSvg(
      createElement(AllocationDonutChart, { slices: [], width: 360, height: 160, emptyText: '無持有資產' }),
    );
    expect(count(svg, /class="recharts-sector"/)).toBe(0);
    expect(svg).toContain('無持有資產');
  });
});

describe('current against proposed bars', () => {
  it('draws a pair of bars per class that either side holds, with the values written', async () => {
    const rows = allocationRows(ANALYSIS.current, ANALYSIS.proposed, 'byAssetClass', labelOf, FORMATS);
    // tw_equity, global_ig_bond, dm_equity (proposed) then twd_cash (current only).
    expect(rows.map((r) => [r.key, r.current, r.proposed])).toEqual([
      ['tw_equity', 0.7, 0.4],
      ['global_ig_bond', 0, 0.35],
      ['dm_equity', 0, 0.25],
      ['twd_cash', 0.3, 0],
    ]);
    const svg = await renderChartSvg(
      createElement(ComparisonBarChart, {
        rows,
        seriesLabels: series,
        formatTick: pct,
        width: 420,
        height: 240,
        emptyText: '無',
      }),
    );
    // Eight bars less the three of zero width (bonds and DM now, cash proposed).
    expect(count(svg, BAR)).toBe(5);
    // Current is hatched (two), proposed solid (three).
    expect(svgElements(svg, '.recharts-rectangle[fill="url(#adv-diagonal-56b4e9)"]')).toHaveLength(2);
    expect(svgElements(svg, '.recharts-rectangle[fill="#0072B2"]')).toHaveLength(3);
    for (const text of ['70.0%', '40.0%', '30.0%', '35.0%', '台幣現金', '現況', '建議'])
      expect(svg).toContain(text);
  });

  it('draws only the proposed bars (and no current legend) when there are no holdings', async () => {
    const rows = allocationRows(null, ANALYSIS.proposed, 'byCurrency', (k) => k, FORMATS);
    expect(rows.every((r) => r.current === null)).toBe(true);
    const svg = await renderChartSvg(
      createElement(ComparisonBarChart, {
        rows,
        seriesLabels: series,
        formatTick: pct,
        width: 420,
        height: 160,
        emptyText: '無',
      }),
    );
    expect(count(svg, BAR)).toBe(2);
    expect(svg).not.toContain('現況');
    expect(svg).toContain('60.0%');
  });

  it('draws the seven stress scenarios in TWD with their zh-TW names', async () => {
    const rows = stressRows(ANALYSIS.stress, 'zh-TW', 'twd', FORMATS);
    expect(rows).toHaveLength(7);
    const svg = await renderChartSvg(
      createElement(ComparisonBarChart, {
        rows,
        seriesLabels: series,
        formatTick: (v) => `${v / 10_000}萬`,
        width: 480,
        height: 360,
        emptyText: '無',
        labelWidth: 150,
      }),
    );
    expect(count(svg, BAR)).toBe(13); // the USD/TWD current loss of 0 draws no rectangle
    expect(svg).toContain('2008 全球金融海嘯');
    expect(svg).toContain('NT$300 萬');
    expect(svg).toContain('NT$200 萬');
    const english = stressRows(ANALYSIS.stress, 'en', 'percent', FORMATS);
    expect(english[0]).toMatchObject({
      label: '2008 GFC',
      current: 0.3,
      proposed: 0.2,
      currentText: '30.0%',
    });
  });

  it('draws risk contributions of the classes that carry any risk', async () => {
    const rows = riskContributionRows(ANALYSIS.riskContributions, labelOf, FORMATS);
    expect(rows.map((r) => r.key)).toEqual(['tw_equity', 'dm_equity', 'global_ig_bond', 'twd_cash']);
    const svg = await renderChartSvg(
      createElement(ComparisonBarChart, {
        rows,
        seriesLabels: series,
        formatTick: pct,
        width: 420,
        height: 240,
        emptyText: '無',
      }),
    );
    // Four proposed-or-current pairs, less the zero bars (dm and bond current, cash proposed).
    expect(count(svg, BAR)).toBe(5);
    expect(svg).toContain('98.0%');
  });
});

describe('efficient frontier', () => {
  it('draws the frontier through every point and marks current (circle) and proposed (diamond) with labels', async () => {
    const data = frontierData(ANALYSIS, { current: '現況', proposed: '建議' });
    const svg = await renderChartSvg(
      createElement(FrontierChart, {
        ...data,
        labels: { frontier: '效率前緣', volatility: '波動度', expectedReturn: '預期報酬' },
        formatPercent: pct,
        width: 420,
        height: 280,
      }),
    );
    expect(pathOf(svg, '.recharts-curve.frontier-line').split(/[ML]/).filter(Boolean)).toHaveLength(25);
    expect(count(svg, /class="recharts-symbols"/)).toBe(2);
    for (const text of ['效率前緣', '波動度', '預期報酬', '>現況<', '>建議<']) expect(svg).toContain(text);
  });

  it('has no current point without holdings', async () => {
    const data = frontierData({ ...ANALYSIS, currentPoint: null }, { current: '現況', proposed: '建議' });
    const svg = await renderChartSvg(
      createElement(FrontierChart, {
        ...data,
        labels: { frontier: '效率前緣', volatility: '波動度', expectedReturn: '預期報酬' },
        formatPercent: pct,
        width: 420,
        height: 280,
      }),
    );
    expect(count(svg, /class="recharts-symbols"/)).toBe(1);
    expect(svg).not.toContain('現況');
  });
});

describe('Monte Carlo fan', () => {
  it('draws the two bands and the median over 31 years and each goal with its probability', async () => {
    const markers = goalMarkers(ANALYSIS.monteCarlo.goals, '2026-09-15', FORMATS);
    expect(markers.map((m) => m.year)).toEqual([10, 24 + 4 / 12]);
    const svg = await renderChartSvg(
      createElement(FanChart, {
        years: fanYears(ANALYSIS.monteCarlo.fan),
        goals: markers,
        labels: { outer: '5–95 百分位', inner: '25–75 百分位', median: '中位數', goal: '目標', year: '年' },
        formatMoney: (v) => `${Math.round(v / 10_000)}萬`,
        formatYear: (y) => String(2026 + y),
        width: 480,
        height: 300,
      }),
    );
    const areas = svgElements(svg, '.recharts-area-area').map((area) => area.getAttribute('d')!);
    expect(areas).toHaveLength(2);
    // A band is the upper edge there and the lower edge back: 2 × 31 points.
    for (const d of areas) expect(d.split(/[MLZ]/).filter(Boolean)).toHaveLength(62);
    expect(pathOf(svg, '.recharts-line-curve').split(/[ML]/).filter(Boolean)).toHaveLength(31);
    expect(count(svg, /class="fan-goal"/)).toBe(2);
    expect(svg).toContain('子女教育 91.0%');
    expect(svg).toContain('退休 62.0%');
    expect(svg).toContain('中位數');
    // A goal in the left half is labelled to its right (it used to run into the y axis), one in the right half to its left.
    const anchors = Object.fromEntries(
      svgElements(svg, 'g.fan-goal text[text-anchor]').map((label) => [
        label.textContent!.split(' ')[0],
        label.getAttribute('text-anchor'),
      ]),
    );
    expect(anchors).toEqual({ 子女教育: 'start', 退休: 'end' });
  });
});

describe('goal probabilities', () => {
  it('draws one bar per goal, hatched below the comfort line, with the percentage written', async () => {
    const rows = goalProbabilityRows(ANALYSIS.monteCarlo.goals, FORMATS);
    const svg = await renderChartSvg(
      createElement(GoalProbabilityChart, {
        rows,
        threshold: { value: 0.8, label: '80%' },
        formatPercent: pct,
        width: 400,
        height: 160,
        emptyText: '無目標',
      }),
    );
    expect(count(svg, BAR)).toBe(2);
    expect(svgElements(svg, '.recharts-rectangle[fill="url(#adv-diagonal-d55e00)"]')).toHaveLength(1);
    expect(svg).toContain('91.0%');
    expect(svg).toContain('62.0%');
    expect(svg).toContain('stroke-dasharray="4 3"');
  });
});
