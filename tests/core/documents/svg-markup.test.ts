import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { createElement } from 'react';
import SVGtoPDF from 'svg-to-pdfkit';
import { describe, expect, it } from 'vitest';
import { renderChartSvg } from './chart-dom';
import { FONT_BOLD, FONT_REGULAR, loadFonts, registerFonts } from '../../../electron/core/documents/fonts';
import { drawSvg } from '../../../electron/core/documents/layout';
import { drawnSvg } from '../../../electron/core/documents/svg-markup';
import { ComparisonBarChart } from '../../../shared/charts/ComparisonBarChart';
import { FONTS_DIR } from './fixtures';

describe('chart SVG trimmed for the PDF', () => {
  it('removes groups that carry nothing but browser attributes, keeping their children in place', () => {
    const svg =
      '<svg width="10" height="10"><title></title><desc></desc>' +
      '<g class="recharts-layer"><g class="a"><g></g></g><rect class="bar" x="1" y="2" width="3" height="4" fill="#fff"></rect></g>' +
      '<g class="recharts-layer" transform="translate(1, 2)"><path role="img" tabindex="-1" data-recharts-item-id="x" d="M0,0 L1,1"></path></g>' +
      '<g clip-path="url(#c)"><g/><line x1="0" y1="0" x2="1" y2="1"></line></g></svg>';
    expect(drawnSvg(svg)).toBe(
      '<svg width="10" height="10">' +
        '<rect x="1" y="2" width="3" height="4" fill="#fff"></rect>' +
        '<g transform="translate(1, 2)"><path d="M0,0 L1,1"></path></g>' +
        '<g clip-path="url(#c)"><line x1="0" y1="0" x2="1" y2="1"></line></g></svg>',
    );
  });

  it('removes an empty title or description written as one tag, as the chart DOM writes it', () => {
    expect(drawnSvg('<svg><title /><desc/><title>圖</title><rect x="1" /></svg>')).toBe(
      '<svg><rect x="1" /></svg>',
    );
  });

  it('leaves the text the chart writes as it is, even text that looks like an attribute', () => {
    const svg = '<svg><g class="x"><text x="1" class="label"> class="y" name="z"</text></g></svg>';
    expect(drawnSvg(svg)).toBe('<svg><text x="1"> class="y" name="z"</text></svg>');
  });

  it('draws a shared chart on the page exactly as its full markup does', async () => {
    const element = createElement(ComparisonBarChart, {
      rows: [
        {
          key: 'equity',
          label: '股票',
          current: 0.6,
          proposed: 0.4,
          currentText: '60%',
          proposedText: '40%',
        },
        { key: 'bond', label: '債券', current: 0.4, proposed: 0.6, currentText: '40%', proposedText: '60%' },
      ],
      seriesLabels: { current: '現況', proposed: '建議' },
      formatTick: (v: number) => `${Math.round(v * 100)}%`,
      width: 400,
      height: 180,
      emptyText: '無資料',
      title: '資產類別配置',
    });
    const svg = await renderChartSvg(element);
    expect(drawnSvg(svg).length).toBeLessThan(svg.length * 0.75);
    const dir = mkdtempSync(join(tmpdir(), 'svg-markup-'));
    const fonts = loadFonts(FONTS_DIR);
    const pageImage = async (name: 'full' | 'trimmed') => {
      const doc = new PDFDocument({ size: [440, 220], margin: 0, font: null as unknown as string });
      registerFonts(doc, fonts);
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      const done = new Promise((resolve) => doc.on('end', resolve));
      // The full markup straight to svg-to-pdfkit, against drawSvg's trimmed markup.
      if (name === 'trimmed') drawSvg(doc, svg, 20, 20, 400, 180);
      else
        SVGtoPDF(doc, svg, 20, 20, {
          width: 400,
          height: 180,
          assumePt: true,
          preserveAspectRatio: 'xMinYMin meet',
          fontCallback: (_family, bold) => (bold ? FONT_BOLD : FONT_REGULAR),
          warningCallback: () => undefined,
        });
      doc.end();
      await done;
      const file = join(dir, `${name}.pdf`);
      writeFileSync(file, Buffer.concat(chunks));
      execFileSync('pdftoppm', ['-r', '100', '-png', '-singlefile', file, join(dir, name)]);
      return readFileSync(join(dir, `${name}.png`));
    };
    const full = await pageImage('full');
    const trimmed = await pageImage('trimmed');
    expect(trimmed.equals(full)).toBe(true);
  });
});
