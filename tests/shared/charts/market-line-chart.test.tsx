import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { renderChartSvg, svgElements } from '../../core/documents/chart-dom';
import {
  MarketLineChart,
  marketLineStyle,
  type MarketLineChartProps,
} from '../../../shared/charts/MarketLineChart';
import {
  dateTicks,
  dayNumber,
  isoOfDay,
  linesForMode,
  thinned,
  valueDomain,
} from '../../../shared/charts/market-line-data';

/** The market line chart drawn to SVG as the PDF draws it, and the data it is drawn from. */

const count = (text: string, pattern: RegExp) => (text.match(new RegExp(pattern, 'g')) ?? []).length;

const TAIEX = {
  key: 'TAIEX',
  label: '加權指數',
  points: [
    { date: '2026-01-02', value: 20000 },
    { date: '2026-01-05', value: 20400 },
    { date: '2026-01-06', value: 19800 },
    { date: '2026-01-07', value: 21000 },
  ],
};
const SPX = {
  key: 'SPX',
  label: 'S&P 500',
  points: [
    { date: '2026-01-05', value: 6000 },
    { date: '2026-01-06', value: 6300 },
    { date: '2026-01-07', value: 5700 },
  ],
};

function props(overrides: Partial<MarketLineChartProps> = {}): MarketLineChartProps {
  return {
    lines: [TAIEX, SPX],
    mode: 'level',
    formatValue: (v) => v.toFixed(0),
    formatDate: (d) => d.slice(5).replace('-', '/'),
    emptyText: '無資料',
    baseLabel: '起點 = 100',
    width: 480,
    height: 240,
    ...overrides,
  };
}

describe('market line data', () => {
  it('rebases every line to 100 at the first date they all have', () => {
    const [taiex, spx] = linesForMode([TAIEX, SPX], 'rebased');
    // 2026-01-05 is the first common date: TAIEX 20400 and SPX 6000 are both 100 there.
    expect(taiex!.points).toEqual([
      { date: '2026-01-05', value: 100 },
      { date: '2026-01-06', value: (19800 / 20400) * 100 },
      { date: '2026-01-07', value: (21000 / 20400) * 100 },
    ]);
    expect(spx!.points.map((p) => p.value)).toEqual([100, 105, 95]);
    expect(linesForMode([TAIEX], 'level')[0]!.points).toBe(TAIEX.points);
  });

  it('thins a line longer than the room for it, keeping the first and the last point', () => {
    const points = Array.from({ length: 1001 }, (_, i) => ({ date: isoOfDay(20000 + i), value: i }));
    const kept = thinned(points, 250);
    expect(kept.length).toBeLessThanOrEqual(252);
    expect(kept[0]).toBe(points[0]);
    expect(kept.at(-1)).toBe(points.at(-1));
    expect(thinned(points.slice(0, 100), 250)).toHaveLength(100);
  });

  it('ticks month starts, every quarter for a year and weekly for a month', () => {
    const year = dateTicks(dayNumber('2025-11-28'), dayNumber('2026-11-27'), 5).map(isoOfDay);
    expect(year).toEqual(['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01']);
    const monthly = dateTicks(dayNumber('2026-01-01'), dayNumber('2026-06-15'), 12).map(isoOfDay);
    expect(monthly).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
    ]);
    const weeks = dateTicks(dayNumber('2026-01-02'), dayNumber('2026-01-20'), 8).map(isoOfDay);
    expect(weeks).toEqual(['2026-01-02', '2026-01-09', '2026-01-16']);
  });

  it('pads the value range by 5% of its span', () => {
    expect(valueDomain([SPX])).toEqual([5700 - 30, 6300 + 30]);
    expect(valueDomain([])).toEqual([0, 1]);
  });
});

describe('line styles', () => {
  it('never gives two of ten lines the same colour and dash', () => {
    for (const palette of ['standard', 'projection'] as const) {
      const styles = Array.from({ length: 10 }, (_, i) => marketLineStyle(i, palette));
      expect(new Set(styles.map((s) => `${s.color} ${s.dash}`)).size).toBe(10);
    }
  });

  it('projects only colours with a contrast of at least 3:1 against white', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (let i = 0; i < 10; i++) {
      const { color } = marketLineStyle(i, 'projection');
      expect(1.05 / (luminance(color) + 0.05)).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('market line chart', () => {
  it('draws one line per series with its legend and date ticks', async () => {
    const svg = await renderChartSvg(createElement(MarketLineChart, props({ title: '市場走勢' })));
    expect(count(svg, /class="market-line market-line-\d"/)).toBe(2);
    expect(count(svg, /class="chart-legend-entry"/)).toBe(2);
    for (const text of ['市場走勢', '加權指數', 'S&amp;P 500', '01/02']) expect(svg).toContain(text);
    // The second line is dashed, so it differs from the first by more than its colour.
    expect(svg).toMatch(/stroke-dasharray="8 4"/);
  });

  it('draws rebased lines with the 100 reference line and its label', async () => {
    const svg = await renderChartSvg(createElement(MarketLineChart, props({ mode: 'rebased' })));
    expect(svg).toContain('起點 = 100');
    expect(count(svg, /class="market-line market-line-\d"/)).toBe(2);
    // Both lines start where the reference line runs (at 100), on the first common date.
    const referenceY = svgElements(svg, '.recharts-reference-line-line')[0]!.getAttribute('y1');
    const starts = svgElements(svg, 'path.market-line').map((line) =>
      Number(/^M([\d.]+),([\d.]+)/.exec(line.getAttribute('d')!)![2]),
    );
    expect(starts).toHaveLength(2);
    for (const y of starts) expect(y).toBeCloseTo(Number(referenceY), 1);
    expect(svg).toContain('01/05');
    expect(svg).not.toContain('01/02');
  });

  it('draws large type and thick lines in the projection palette', async () => {
    const svg = await renderChartSvg(createElement(MarketLineChart, props({ palette: 'projection' })));
    expect(svg).toMatch(/font-size="18"/);
    expect(svg).toMatch(/stroke-width="4"/);
    expect(svg).toContain(`stroke="${marketLineStyle(0, 'projection').color}"`);
  });

  it('says so when there is nothing to draw', async () => {
    const svg = await renderChartSvg(createElement(MarketLineChart, props({ lines: [] })));
    expect(svg).toContain('無資料');
    expect(count(svg, /class="market-line /)).toBe(0);
  });
});
