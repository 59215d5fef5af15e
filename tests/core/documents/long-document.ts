import { createElement } from 'react';
import { renderChartSvg } from './chart-dom';
import type { Block, DocumentSpec } from '../../../electron/core/documents/document';
import { AssetsByCurrencyChart } from '../../../shared/charts/AssetsByCurrencyChart';
import { currencySlices } from '../../../shared/charts/currency-slices';
import { DEFAULT_SETTINGS } from '../../../shared/features/settings/schema';
import { formatTwd } from '../../../shared/kernel/money';
import { sampleClient, settingsWithLogo } from './fixtures';

/**
 * A synthetic 12-page proposal: a table of contents, text, key-value pairs, a chart and a table of
 * 400 numbered rows that runs over eleven pages. Every row and every heading is unique text, so a
 * test can find each on exactly one page.
 */

export const ROW_COUNT = 400;
export const TABLE_HEADERS = ['序號', '標的代號', '標的名稱', '計價幣別', '市值（新臺幣）'];
/** "R0001" … "R0400": the first cell of each row. */
export const rowMark = (n: number) => `R${String(n).padStart(4, '0')}`;

export const HEADINGS = {
  summary: '壹、規劃摘要',
  client: '貳、客戶概況',
  chart: '參、資產配置圖',
  notes: '肆、附註與揭露',
  holdings: '伍、持有部位明細',
  risks: '風險說明',
  closing: '陸、結語',
} as const;

const SENTENCE =
  '本建議書依客戶提供之財務資料與風險屬性評估結果編製，內容僅供參考，不構成任何投資之要約或保證。';

function rows(): string[][] {
  return Array.from({ length: ROW_COUNT }, (_, i) => {
    const n = i + 1;
    const amount = (n * 12_345) % 9_000_000;
    return [
      rowMark(n),
      `F${String(1000 + n)}`,
      `全球平衡基金 ${n} 號`,
      n % 3 ? 'TWD' : 'USD',
      formatTwd(amount, 'zh-TW'),
    ];
  });
}

export async function longDocumentBlocks(): Promise<Block[]> {
  const client = sampleClient();
  const chartSvg = await renderChartSvg(
    createElement(AssetsByCurrencyChart, {
      slices: currencySlices(
        client.investableAssets,
        DEFAULT_SETTINGS.fxRates,
        (twd) => formatTwd(twd, 'zh-TW'),
        '缺匯率',
      ),
      width: 360,
      height: 170,
      animate: false,
      title: '資產幣別分布',
      emptyText: '無資產資料',
    }),
  );
  return [
    { kind: 'toc' },
    { kind: 'heading', level: 1, text: HEADINGS.summary },
    { kind: 'paragraph', text: SENTENCE.repeat(3) },
    { kind: 'paragraph', text: SENTENCE.repeat(2) },
    { kind: 'heading', level: 1, text: HEADINGS.client },
    {
      kind: 'keyValues',
      items: [
        { label: '姓名', value: client.name },
        { label: '職業', value: client.occupation ?? '' },
        { label: '地址', value: client.address ?? '', wide: true },
      ],
    },
    { kind: 'heading', level: 1, text: HEADINGS.chart },
    { kind: 'svg', svg: chartSvg, width: 360, height: 170, align: 'center' },
    { kind: 'heading', level: 1, text: HEADINGS.notes },
    { kind: 'heading', level: 2, text: HEADINGS.risks, toc: true },
    { kind: 'paragraph', text: SENTENCE.repeat(3) },
    { kind: 'heading', level: 1, text: HEADINGS.holdings },
    {
      kind: 'table',
      columns: TABLE_HEADERS.map((header, i) => ({
        header,
        weight: [1, 1.2, 2.6, 0.8, 1.6][i]!,
        align: i === 4 ? ('right' as const) : ('left' as const),
      })),
      rows: rows(),
      dense: true,
    },
    { kind: 'heading', level: 1, text: HEADINGS.closing },
    { kind: 'paragraph', text: SENTENCE.repeat(3) },
  ];
}

export async function longDocument(overrides: Partial<DocumentSpec> = {}): Promise<DocumentSpec> {
  return {
    language: 'zh-TW',
    branding: settingsWithLogo.branding,
    metadata: {
      title: '退休規劃建議書－王美玲',
      subject: '退休規劃建議書',
      creator: 'AdvisorDesk 財管顧問工作台',
      createdAt: new Date('2026-11-30T00:30:00Z'),
    },
    header: { title: '退休規劃建議書', subtitle: '民國 115 年 11 月 30 日' },
    footer: { left: '產製時間：2026-11-30 08:30', notice: '機密文件：僅供客戶本人參閱。' },
    blocks: await longDocumentBlocks(),
    ...overrides,
  };
}
