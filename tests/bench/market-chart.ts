// Market chart figures for `npm run bench`: a 1-year daily chart of 10 series drawn to SVG as the
// deck PDF draws it (react-dom/client into linkedom, electron/core/documents/chart-svg.ts: recharts
// 3 renders no SVG under react-dom/server), as levels and rebased, warm. Runs alone too, with
// React's production build as run.ts picks it: `NODE_ENV=production npx tsx tests/bench/market-chart.ts`.
import { createElement } from 'react';
import { installChartDom, releaseCharts, renderChartSvgs } from '../../electron/core/documents/chart-svg';
import { MarketLineChart, type MarketChartPalette } from '../../shared/charts/MarketLineChart';
import type { MarketLine, MarketLineMode } from '../../shared/charts/market-line-data';
import { addDays, isBusinessDay } from '../../shared/kernel/dates';
import { Xoshiro128 } from '../../shared/kernel/random';
import type { BenchRow } from './types';

const SECTION = 'market chart';
const TARGET_MS = 100;
const SERIES = 10;
const WARM_UP = 10;
const RUNS = 21;

/** A year of business-day points for each series: random walks from 100, seeded. */
function yearOfSeries(seed: number): MarketLine[] {
  const random = new Xoshiro128(seed);
  const dates: string[] = [];
  for (let d = '2025-11-28'; d <= '2026-11-27'; d = addDays(d, 1)) if (isBusinessDay(d)) dates.push(d);
  return Array.from({ length: SERIES }, (_, s) => {
    let value = 100 + s * 10;
    return {
      key: `S${s}`,
      label: `Series ${s}`,
      points: dates.map((date) => {
        value *= 1 + (random.nextFloat() - 0.5) * 0.03;
        return { date, value };
      }),
    };
  });
}

function chart(lines: MarketLine[], mode: MarketLineMode, palette: MarketChartPalette) {
  return createElement(MarketLineChart, {
    lines,
    mode,
    palette,
    formatValue: (v: number) => v.toFixed(0),
    formatDate: (d: string) => d.slice(0, 7).replace('-', '/'),
    emptyText: '—',
    baseLabel: '= 100',
    width: palette === 'projection' ? 1600 : 960,
    height: palette === 'projection' ? 800 : 480,
  });
}

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

function timeRenders(mode: MarketLineMode, palette: MarketChartPalette): number {
  // Each run draws other data, as a screen does when its range changes: nothing can be skipped.
  const inputs = Array.from({ length: WARM_UP + RUNS }, (_, k) => yearOfSeries(k + 1));
  const times: number[] = [];
  inputs.forEach((lines, k) => {
    const start = performance.now();
    renderChartSvgs([chart(lines, mode, palette)], (_, svg) => {
      if ((svg.match(/class="market-line /g) ?? []).length !== SERIES)
        throw new Error('the chart drew the wrong number of lines');
    });
    if (k >= WARM_UP) times.push(performance.now() - start);
  });
  return median(times);
}

export function benchMarketChart(): Promise<BenchRow[]> {
  installChartDom();
  const cases: [string, MarketLineMode, MarketChartPalette][] = [
    ['levels, 960x480', 'level', 'standard'],
    ['rebased, 960x480', 'rebased', 'standard'],
    ['rebased, projection 1600x800', 'rebased', 'projection'],
  ];
  const rows = cases.map(([name, mode, palette]): BenchRow => {
    const ms = timeRenders(mode, palette);
    return {
      section: SECTION,
      metric: `1-year daily chart of ${SERIES} series to SVG, ${name}, warm median of ${RUNS}`,
      value: `${ms.toFixed(1)} ms`,
      target: `<= ${TARGET_MS} ms`,
      pass: ms <= TARGET_MS,
    };
  });
  releaseCharts();
  return Promise.resolve(rows);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await benchMarketChart()) console.log(`${row.metric}: ${row.value} (${row.target})`);
}
