import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChartSet } from '../../../electron/core/documents/chart-set';
import { renderDocument, type DocumentSpec } from '../../../electron/core/documents/document';
import { loadFonts } from '../../../electron/core/documents/fonts';
import { createDocumentRenderer } from '../../../electron/core/documents/renderer';
import { dossierChartSet } from '../../../electron/core/features/clients/dossier-pdf';
import { DEFAULT_SETTINGS } from '../../../shared/features/settings/schema';
import { FONTS_DIR, sampleClient, settingsWithLogo } from './fixtures';
import { pdfInfo, pdfPageText, qpdfCheck } from './pdf-tools';

/** The chart worker (charts drawn in their own thread) and the lane drawing charts that come late. */

const documents = createDocumentRenderer({ fontsDir: FONTS_DIR });
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'advisordesk-charts-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const dossierInput = {
  client: sampleClient(),
  fxRates: DEFAULT_SETTINGS.fxRates,
  language: 'zh-TW' as const,
};

function spec(blocks: DocumentSpec['blocks']): DocumentSpec {
  return {
    language: 'zh-TW',
    branding: settingsWithLogo.branding,
    metadata: {
      title: '圖表測試',
      subject: '圖表',
      creator: 'AdvisorDesk',
      createdAt: new Date('2026-11-30'),
    },
    header: { title: '圖表測試' },
    footer: { left: '2026-11-30' },
    blocks,
  };
}

describe('preparing the lane', () => {
  it('loads the fonts and has the chart worker ready: a drawing after it comes back', async () => {
    const prepared = createDocumentRenderer({ fontsDir: FONTS_DIR });
    await prepared.prepare();
    const svgs = await prepared.charts(dossierChartSet, dossierInput).all();
    expect(svgs[0]).toMatch(/^<svg/);
  });
});

describe('the chart worker', () => {
  it('draws a chart set in its own thread: this thread never gets browser globals', async () => {
    const svg = await documents.charts(dossierChartSet, dossierInput).chart(0);
    expect(svg).toMatch(/^<svg\b/);
    expect(svg).toContain('資產幣別分布');
    expect('window' in globalThis).toBe(false);
    expect('document' in globalThis).toBe(false);
  });

  it('answers concurrent requests each with its own charts', async () => {
    const empty = { ...dossierInput, client: sampleClient({ investableAssets: [] }) };
    const [[full], [none]] = await Promise.all([
      documents.charts(dossierChartSet, dossierInput).all(),
      documents.charts(dossierChartSet, empty).all(),
    ]);
    expect(full).toContain('recharts-sector');
    expect(none).not.toContain('recharts-sector');
    expect(none).toContain('無資產資料');
  });

  it('refuses a chart set it does not know, and an input that is not data', async () => {
    const unknown: ChartSet<null> = { name: 'no-such-set', charts: () => [] };
    await expect(documents.charts(unknown, null).all()).rejects.toThrow('the charts could not be drawn');
    const withFunction = { ...dossierInput, format: () => '' };
    await expect(documents.charts(dossierChartSet, withFunction).chart(0)).rejects.toThrow(
      'the charts could not be drawn',
    );
    // A chart past the end of the set is refused once the set is drawn.
    const one = documents.charts(dossierChartSet, dossierInput);
    await expect(one.chart(1)).rejects.toThrow('the chart set has 1 charts, not 2');
    // The worker still draws afterwards.
    expect(await one.chart(0)).toContain('資產幣別分布');
  });
});

describe('a chart that comes after the text is laid out', () => {
  it('is drawn on its own page in its place, and the text after it is not moved', async () => {
    const late = new Promise<string>((resolve) =>
      setTimeout(() => void documents.charts(dossierChartSet, dossierInput).chart(0).then(resolve), 50),
    );
    const filler = Array.from({ length: 40 }, (_, i) => ({
      kind: 'paragraph' as const,
      text: `第 ${i + 1} 段說明文字。`,
    }));
    const pdf = await renderDocument(
      spec([
        ...filler,
        { kind: 'svg', svg: late, width: 330, height: 150 },
        { kind: 'paragraph', text: '圖後的文字' },
      ]),
      loadFonts(FONTS_DIR),
    );
    const file = join(dir, 'late.pdf');
    writeFileSync(file, pdf);
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors');
    const pages = Number(pdfInfo(file).Pages);
    expect(pages).toBeGreaterThan(1);
    const last = pdfPageText(file, pages);
    expect(last).toContain('資產幣別分布');
    expect(last).toContain('圖後的文字');
    expect(pdfPageText(file, 1)).not.toContain('資產幣別分布');
  });

  it('fails the document when its chart fails: no bytes are returned', async () => {
    const failing = Promise.reject(new Error('chart failed'));
    failing.catch(() => undefined);
    await expect(
      renderDocument(spec([{ kind: 'svg', svg: failing, width: 330, height: 150 }]), loadFonts(FONTS_DIR)),
    ).rejects.toThrow('chart failed');
  });
});
