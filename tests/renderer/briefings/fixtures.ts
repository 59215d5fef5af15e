import type { Deck, ResolvedDeck, ResolvedSlide, Slide } from '../../../shared/features/briefings';

/** Decks and resolved slides as the core answers them, for the briefings screens' tests. */

export const DECK_ID = '5a0c7d0e-0000-4000-8000-00000000d001';
export const PRODUCT_ID = '5a0c7d0e-0000-4000-8000-00000000a001';

const id = (n: number) => `5a0c7d0e-0000-4000-8000-0000000005${String(n).padStart(2, '0')}`;

export const SLIDES: Slide[] = [
  { id: id(1), block: { kind: 'title', title: '每週市場回顧', subtitle: '市場重點' }, notes: '開場' },
  {
    id: id(2),
    block: { kind: 'text', heading: '本週觀點', bullets: ['股市：偏多', '債市：中性'] },
    notes: '',
  },
  { id: id(3), block: { kind: 'clientPortfolio', title: '' }, notes: '' },
];

export function deckAt(version: number, slides: Slide[] = SLIDES, latest = true): Deck {
  return {
    id: DECK_ID,
    title: '每週市場回顧',
    kind: 'weeklyMarketReview',
    clientId: null,
    slides,
    version,
    latest,
    savedAt: '2026-11-30T02:00:00.000Z',
    savedBy: 'advisor',
    createdAt: '2026-11-30T01:00:00.000Z',
  };
}

const series = {
  code: 'TAIEX',
  nameZh: '加權指數',
  nameEn: 'TAIEX',
  unit: 'points',
  currency: 'TWD' as const,
  source: 'TWSE',
  sample: true,
  lastDate: '2026-11-27',
  known: true,
};

/** One resolved slide of every block kind; the client portfolio as the core sends it redacted. */
export const RESOLVED: ResolvedSlide[] = [
  {
    ...SLIDES[0]!,
    data: {
      kind: 'title',
      firmName: '安心理財顧問',
      logoDataUrl: null,
      advisorName: '王顧問',
      date: '2026-11-30',
      clientName: null,
    },
  },
  { ...SLIDES[1]!, data: { kind: 'text' } },
  {
    ...SLIDES[2]!,
    data: {
      kind: 'clientPortfolio',
      clientName: null,
      grade: { scale: 'five', level: 3 },
      rows: [{ assetClass: 'tw_equity', modelWeight: 0.4, currentWeight: 0.55, currentAmountTwd: null }],
      totalTwd: null,
      fxAsOf: null,
    },
  },
  {
    id: id(4),
    notes: '',
    block: {
      kind: 'marketChart',
      title: '台股走勢',
      series: ['TAIEX'],
      period: '1Y',
      rebased: false,
      commentary: '量縮整理',
    },
    data: {
      kind: 'marketChart',
      from: '2026-10-01',
      to: '2026-11-27',
      series: [
        {
          ...series,
          points: [
            { date: '2026-10-01', value: 22000 },
            { date: '2026-11-27', value: 23100 },
          ],
        },
      ],
    },
  },
  {
    id: id(5),
    notes: '',
    block: { kind: 'returnsTable', title: '報酬率', series: ['TAIEX'] },
    data: {
      kind: 'returnsTable',
      rows: [
        {
          ...series,
          figures: {
            returns: { '1M': 0.021, '3M': -0.01, YTD: 0.12, '1Y': 0.15, '3Y': null },
            volatility1Y: 0.18,
            maxDrawdown: -0.2,
            currentDrawdown: 0.03,
          },
        },
      ],
    },
  },
  {
    id: id(6),
    notes: '',
    block: { kind: 'fxPanel', title: '匯率', currencies: ['USD'] },
    data: {
      kind: 'fxPanel',
      rates: [{ currency: 'USD', rate: 32.415, date: '2026-11-27', change1M: 0.004, series: null }],
    },
  },
  {
    id: id(7),
    notes: '',
    block: { kind: 'allocation', title: '', grade: { scale: 'five', level: 3 } },
    data: {
      kind: 'allocation',
      assumptionsVersion: '2026.1',
      rows: [
        { assetClass: 'tw_equity', modelWeight: 0.4, currentWeight: null, currentAmountTwd: null },
        { assetClass: 'global_ig_bond', modelWeight: 0.6, currentWeight: null, currentAmountTwd: null },
      ],
    },
  },
  {
    id: id(8),
    notes: '',
    block: { kind: 'productSpotlight', productId: PRODUCT_ID, commentary: '適合穩健型' },
    data: {
      kind: 'productSpotlight',
      product: {
        id: PRODUCT_ID,
        code: 'SN001',
        nameZh: '美元連動債',
        nameEn: null,
        issuer: '某銀行',
        type: 'structured_note',
        currency: 'USD',
        riskRating: 4,
        isComplex: true,
        fees: {
          frontLoadPercent: 1,
          managementPercent: null,
          custodyPercent: null,
          switchingFee: null,
          earlyRedemption: null,
        },
        maxLossStatement: '最大損失為本金 100%',
        dividendFromPrincipal: false,
        riskDisclosureBlocks: ['發行機構信用風險'],
      },
    },
  },
  {
    id: id(9),
    notes: '',
    block: { kind: 'image', imageId: 'a'.repeat(64), caption: '說明', alt: '走勢圖' },
    data: { kind: 'image', mime: null, dataBase64: null },
  },
];

export function resolvedDeck(slides: ResolvedSlide[], version = 1): ResolvedDeck {
  return {
    id: DECK_ID,
    title: '每週市場回顧',
    kind: 'weeklyMarketReview',
    version,
    redacted: false,
    clientSpecific: false,
    slides,
    disclosure: { products: [], series: [series], firmDisclaimer: null },
    firmName: '安心理財顧問',
    resolvedOn: '2026-11-30',
  };
}
