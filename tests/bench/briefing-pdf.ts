import { randomUUID } from 'node:crypto';
import { createDocumentRenderer } from '../../electron/core/documents/renderer';
import { renderDeckPdf } from '../../electron/core/features/briefings/document/deck-pdf';
import type { ProductFacts, ResolvedDeck, ResolvedSlide, SeriesRef } from '../../shared/features/briefings';
import { DEFAULT_SETTINGS } from '../../shared/features/settings/schema';
import { addDays } from '../../shared/kernel/dates';
import { Xoshiro128 } from '../../shared/kernel/random';
import { FONTS_DIR } from '../core/documents/fixtures';
import type { BenchRow } from './types';

/**
 * The deck PDF (issue 11): a 20-slide deck (title, four one-year daily market charts of three
 * series, returns tables, FX panels, product spotlights, model and client allocations, text) as
 * 16:9 slides with the disclosure slide, warm (after a few renders, the chart worker started and
 * the fonts loaded); each render draws other prices, so nothing kept could stand in for the next.
 */

const SECTION = 'Briefing deck PDF';
const WARMUP = 4;
const RUNS = 20;
const TARGET_MS = 400;
const END = '2026-11-27';

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => xs[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => xs[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

function ref(code: string, nameZh: string): SeriesRef {
  return {
    code,
    nameZh,
    nameEn: code,
    unit: 'points',
    currency: 'TWD',
    source: 'TWSE',
    sample: true,
    lastDate: END,
    known: true,
  };
}

/** A year of weekday closes, a random walk from `start`. */
function walk(random: Xoshiro128, start: number): { date: string; value: number }[] {
  const points = [];
  let value = start;
  for (let d = -365; d <= 0; d += 1) {
    const date = addDays(END, d);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    value *= 1 + random.nextNormal() * 0.01;
    points.push({ date, value });
  }
  return points;
}

const product = (i: number): ProductFacts => ({
  id: randomUUID(),
  code: `F${i}`,
  nameZh: `全球收益基金 ${i}`,
  nameEn: null,
  issuer: '範例投信',
  type: i === 2 ? 'structured_note' : 'fund_offshore',
  currency: 'USD',
  riskRating: 3,
  isComplex: i === 2,
  fees: {
    frontLoadPercent: 3,
    managementPercent: 1.5,
    custodyPercent: 0.2,
    switchingFee: null,
    earlyRedemption: null,
  },
  maxLossStatement: i === 2 ? '保本率 90%' : null,
  dividendFromPrincipal: i !== 2,
  riskDisclosureBlocks: ['基金經金管會核准，惟不表示絕無風險。'],
});

const weights = { tw_equity: 0.2, dm_equity: 0.3, global_ig_bond: 0.35, gold: 0.05, usd_cash: 0.1 };

function deckOf(seed: number): ResolvedDeck {
  const random = new Xoshiro128(seed);
  const products = [1, 2, 3].map(product);
  const slide = (block: ResolvedSlide['block'], data: ResolvedSlide['data']): ResolvedSlide => ({
    id: randomUUID(),
    block,
    notes: '講者備註：先談市場，再談配置。',
    data,
  });
  const series = ['TAIEX', 'SPX', 'MSCIWORLD'];
  const slides: ResolvedSlide[] = [
    slide(
      { kind: 'title', title: '每週市場回顧', subtitle: '市場重點與資產配置觀點' },
      {
        kind: 'title',
        firmName: 'AdvisorDesk 證券',
        logoDataUrl: null,
        advisorName: '林顧問',
        date: END,
        clientName: null,
      },
    ),
    ...[0, 1, 2, 3].map((i) =>
      slide(
        {
          kind: 'marketChart',
          title: `市場走勢 ${i + 1}`,
          series,
          period: '1Y',
          rebased: i % 2 === 0,
          commentary: '股市震盪走高，債市持穩。',
        },
        {
          kind: 'marketChart',
          from: addDays(END, -365),
          to: END,
          series: series.map((c, j) => ({ ...ref(c, c), points: walk(random, 100 * (j + 1)) })),
        },
      ),
    ),
    ...[0, 1, 2].map(() =>
      slide(
        { kind: 'returnsTable', title: '報酬率', series },
        {
          kind: 'returnsTable',
          rows: series.map((c) => ({
            ...ref(c, c),
            figures: {
              returns: { '1M': random.nextNormal() * 0.03, '3M': 0.04, YTD: 0.08, '1Y': 0.12, '3Y': 0.3 },
              volatility1Y: 0.18,
              maxDrawdown: -0.2,
              currentDrawdown: -0.03,
            },
          })),
        },
      ),
    ),
    ...[0, 1].map(() =>
      slide(
        { kind: 'fxPanel', title: '匯率', currencies: ['USD', 'JPY', 'EUR'] },
        {
          kind: 'fxPanel',
          rates: (['USD', 'JPY', 'EUR'] as const).map((currency) => ({
            currency,
            rate: 30 + random.nextFloat(),
            date: END,
            change1M: 0.01,
            series: ref(`${currency}TWD`, currency),
          })),
        },
      ),
    ),
    ...products.map((p) =>
      slide(
        { kind: 'productSpotlight', productId: p.id, commentary: '適合穩健型客戶。' },
        { kind: 'productSpotlight', product: p },
      ),
    ),
    ...[0, 1].map(() =>
      slide(
        { kind: 'allocation', title: '模型配置', grade: { scale: 'five', level: 3 } },
        {
          kind: 'allocation',
          assumptionsVersion: '2026.1',
          rows: Object.entries(weights).map(([assetClass, w]) => ({
            assetClass: assetClass as keyof typeof weights,
            modelWeight: w,
            currentWeight: null,
            currentAmountTwd: null,
          })),
        },
      ),
    ),
    slide(
      { kind: 'clientPortfolio', title: '持有與模型' },
      {
        kind: 'clientPortfolio',
        clientName: null,
        grade: { scale: 'five', level: 3 },
        totalTwd: null,
        fxAsOf: END,
        rows: Object.entries(weights).map(([assetClass, w]) => ({
          assetClass: assetClass as keyof typeof weights,
          modelWeight: w,
          currentWeight: w * (0.5 + random.nextFloat()),
          currentAmountTwd: null,
        })),
      },
    ),
    ...[0, 1, 2, 3].map((i) =>
      slide(
        { kind: 'text', heading: `本週觀點 ${i + 1}`, bullets: ['股市：', '債市：', '匯市：', '配置建議：'] },
        { kind: 'text' },
      ),
    ),
  ];
  return {
    id: randomUUID(),
    title: '每週市場回顧',
    kind: 'weeklyMarketReview',
    version: 1,
    redacted: false,
    clientSpecific: false,
    slides,
    disclosure: { products, series: series.map((c) => ref(c, c)), firmDisclaimer: null },
    firmName: 'AdvisorDesk 證券',
    resolvedOn: END,
  };
}

export async function benchBriefingPdf(): Promise<BenchRow[]> {
  const documents = createDocumentRenderer({ fontsDir: FONTS_DIR });
  const options = {
    language: 'zh-TW' as const,
    variant: 'slides' as const,
    perPage: 3 as const,
    settings: DEFAULT_SETTINGS,
  };
  const coldStart = performance.now();
  const first = await renderDeckPdf(documents, deckOf(0), options);
  const cold = performance.now() - coldStart;
  for (let i = 1; i < WARMUP; i += 1) await renderDeckPdf(documents, deckOf(i), options);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const deck = deckOf(100 + i);
    const start = performance.now();
    await renderDeckPdf(documents, deck, options);
    times.push(performance.now() - start);
  }
  const ms = sorted(times);
  const handoutStart = performance.now();
  await renderDeckPdf(documents, deckOf(999), { ...options, variant: 'handout' });
  const handout = performance.now() - handoutStart;
  return [
    {
      section: SECTION,
      metric: `20-slide deck PDF (${first.pageCount} pages), warm median of ${RUNS}`,
      value: `${median(ms).toFixed(0)} ms`,
      target: `<= ${TARGET_MS} ms`,
      pass: median(ms) <= TARGET_MS,
    },
    { section: SECTION, metric: '20-slide deck PDF, warm p95', value: `${p95(ms).toFixed(0)} ms` },
    {
      section: SECTION,
      metric: '20-slide deck PDF, first of the process (cold)',
      value: `${cold.toFixed(0)} ms`,
    },
    { section: SECTION, metric: '20-slide handout (3 a page), warm', value: `${handout.toFixed(0)} ms` },
    { section: SECTION, metric: 'deck PDF size', value: `${(first.bytes.length / 1024).toFixed(0)} KB` },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await benchBriefingPdf())
    console.log(`${row.metric}: ${row.value}${row.target ? ` (${row.target})` : ''}`);
  process.exit(0);
}
