import { createElement } from 'react';
import PDFDocument from 'pdfkit';
import { describe, expect, it, vi } from 'vitest';
import { releaseCharts, renderChartSvgs } from '../../../electron/core/documents/chart-svg';
import { FONT_REGULAR, loadFonts, registerFonts } from '../../../electron/core/documents/fonts';
import {
  AssetsByCurrencyChart,
  type AssetsByCurrencyChartProps,
} from '../../../shared/charts/AssetsByCurrencyChart';
import { currencySlices } from '../../../shared/charts/currency-slices';
import { DEFAULT_SETTINGS } from '../../../shared/features/settings/schema';
import { formatTwd } from '../../../shared/kernel/money';
import { renderChartSvg, renderSvgs } from './chart-dom';
import { FONTS_DIR } from './fixtures';

const holdings = [
  { currency: 'TWD' as const, amount: 3_000_000 },
  { currency: 'USD' as const, amount: 100_000 },
];
const props: AssetsByCurrencyChartProps = {
  slices: currencySlices(holdings, DEFAULT_SETTINGS.fxRates, (twd) => formatTwd(twd, 'zh-TW'), '缺匯率'),
  width: 330,
  height: 150,
  animate: false,
  title: '資產幣別分布',
  emptyText: '無資產資料',
};

const withoutIds = (s: string) => s.replace(/recharts\d+-clip/g, 'clip').replace(/_r_\w+_/g, 'id');

describe("chart SVG in Node (the chart worker's renderer, in this thread)", () => {
  it('renders the shared chart component to a fixed-size SVG with sectors and a legend', async () => {
    const svg = await renderChartSvg(createElement(AssetsByCurrencyChart, props));
    expect(svg).toMatch(/^<svg\b/);
    expect(svg).toContain('width="330"');
    expect(svg).toContain('height="150"');
    expect(svg.match(/class="recharts-sector"/g)).toHaveLength(2);
    // 3,000,000 TWD against 100,000 USD at 30.6: 49.5% and 50.5%.
    expect(svg).toContain('50.5%');
    expect(svg).toContain('49.5%');
    expect(svg).toContain('資產幣別分布');
  });

  it('renders several charts in one render, each its own SVG in order, as drawn one at a time', async () => {
    const other = { ...props, slices: props.slices.slice(0, 1), title: '另一張圖' };
    const [a, empty, b] = renderSvgs([
      createElement(AssetsByCurrencyChart, props),
      createElement(AssetsByCurrencyChart, { ...props, slices: [] }),
      createElement(AssetsByCurrencyChart, other),
    ]);
    expect(withoutIds(a!)).toBe(
      withoutIds(await renderChartSvg(createElement(AssetsByCurrencyChart, props))),
    );
    expect(empty).toContain('無資產資料');
    expect(empty).not.toContain('recharts-sector');
    expect(b!.match(/class="recharts-sector"/g)).toHaveLength(1);
    expect(b).toContain('另一張圖');
  });

  it('draws charts updated with new data exactly as the same charts mounted afresh', () => {
    const other = { ...props, slices: props.slices.slice(0, 1), title: '另一張圖' };
    renderSvgs([
      createElement(AssetsByCurrencyChart, props),
      createElement(AssetsByCurrencyChart, { ...props, slices: [] }),
    ]);
    const [updated, filled] = renderSvgs([
      createElement(AssetsByCurrencyChart, other),
      createElement(AssetsByCurrencyChart, props),
    ]);
    releaseCharts();
    const [fresh, freshFilled] = renderSvgs([
      createElement(AssetsByCurrencyChart, other),
      createElement(AssetsByCurrencyChart, props),
    ]);
    expect(withoutIds(updated!)).toBe(withoutIds(fresh!));
    expect(withoutIds(filled!)).toBe(withoutIds(freshFilled!));
    // The second chart was the empty one: updated with data, it draws its two sectors.
    expect(filled!.match(/class="recharts-sector"/g)).toHaveLength(2);
    expect(filled).not.toContain('無資產資料');
  });

  it('hands each chart on as soon as it is drawn, before the next one is drawn', () => {
    releaseCharts();
    renderSvgs([]); // installs the DOM
    const seen: string[] = [];
    renderChartSvgs(
      [
        createElement(AssetsByCurrencyChart, { ...props, title: '第一張' }),
        createElement(AssetsByCurrencyChart, { ...props, title: '第二張' }),
      ],
      (index, svg) => {
        seen.push(`${index}:${svg.includes('第一張') ? 1 : 2}:${document.body.innerHTML.includes('第二張')}`);
      },
    );
    expect(seen).toEqual(['0:1:false', '1:2:true']);
  });

  it('leaves nothing of the released charts in the DOM', () => {
    renderSvgs([createElement(AssetsByCurrencyChart, props)]);
    expect(document.body.innerHTML).toContain('資產幣別分布');
    releaseCharts();
    expect(document.body.innerHTML).toBe('');
  });
});

describe('fonts', () => {
  it('parses each font file once per process', () => {
    const first = loadFonts(FONTS_DIR);
    expect(loadFonts(FONTS_DIR)).toBe(first);
    expect(first.regular.postscriptName).toBe('NotoSansHant-Regular');
    expect(first.bold.postscriptName).toBe('NotoSansHant-Bold');
  });

  it('shapes a word once per process for every document, and a line once per document', () => {
    const fonts = loadFonts(FONTS_DIR);
    const write = (text: string) => {
      const doc = new PDFDocument({ font: null as unknown as string });
      registerFonts(doc, fonts);
      doc.font(FONT_REGULAR).fontSize(10).text(text, 40, 40, { width: 200 });
      return doc;
    };
    const text = '建議書測試字串較長的一段 shared 詞';
    write(text);
    const layout = vi.spyOn(fonts.regular, 'layout');
    try {
      const doc = write(text);
      const shaped = layout.mock.calls.map(([s]) => s);
      // No word of the first document is shaped again; the whole line is shaped for this one.
      expect(shaped.filter((s) => s.length <= 8)).toEqual([]);
      expect(shaped.some((s) => s.startsWith('建議書測試字串較長的一段'))).toBe(true);
      expect(doc.widthOfString('測')).toBeCloseTo(10, 0);
    } finally {
      layout.mockRestore();
    }
  });
});
