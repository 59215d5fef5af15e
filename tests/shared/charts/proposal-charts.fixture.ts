import type { ProposalAnalysis } from '../../../shared/features/proposals';
import type { ChartFormats } from '../../../shared/charts/proposal-chart-data';

/** A small hand-made analysis for the chart tests (numbers chosen so the expected text is obvious). */

const view = (total: number, classes: Record<string, number>) => ({
  totalTwd: total,
  byAssetClass: Object.entries(classes).map(([key, weight]) => ({ key, weight, valueTwd: weight * total })),
  byCurrency: [
    { key: 'TWD', weight: 0.6, valueTwd: 0.6 * total },
    { key: 'USD', weight: 0.4, valueTwd: 0.4 * total },
  ],
  byRiskRating: [
    { key: 'RR2', weight: 0.5, valueTwd: 0.5 * total },
    { key: 'RR4', weight: 0.5, valueTwd: 0.5 * total },
  ],
});

const figures = {
  expectedReturn: 0.05,
  volatility: 0.1,
  sharpe: 0.35,
  var95: 0.11,
  cvar95: 0.15,
  var95Twd: 1_100_000,
  cvar95Twd: 1_500_000,
  maxDrawdownMedian: 0.2,
  maxDrawdown95: 0.35,
};

const years = Array.from({ length: 31 }, (_, i) => i);

export const ANALYSIS: ProposalAnalysis = {
  assumptionsVersion: '2026.1',
  investableTwd: 10_000_000,
  current: view(10_000_000, { tw_equity: 0.7, twd_cash: 0.3 }),
  proposed: view(10_000_000, { tw_equity: 0.4, global_ig_bond: 0.35, dm_equity: 0.25 }),
  figures: { current: figures, proposed: figures },
  frontier: Array.from({ length: 25 }, (_, i) => ({
    volatility: 0.01 + i * 0.007,
    expectedReturn: 0.015 + i * 0.0025,
  })),
  currentPoint: { volatility: 0.14, expectedReturn: 0.05 },
  proposedPoint: { volatility: 0.1, expectedReturn: 0.055 },
  monteCarlo: {
    paths: 10_000,
    seed: 1,
    months: 360,
    fan: {
      years,
      p5: years.map((y) => 10_000_000 * (1 + 0.01 * y)),
      p25: years.map((y) => 10_000_000 * (1 + 0.03 * y)),
      p50: years.map((y) => 10_000_000 * (1 + 0.05 * y)),
      p75: years.map((y) => 10_000_000 * (1 + 0.08 * y)),
      p95: years.map((y) => 10_000_000 * (1 + 0.12 * y)),
    },
    probabilityOfRuin: 0.02,
    goals: [
      { index: 0, name: '子女教育', targetDate: '2036-09-01', amountTwd: 3_000_000, probability: 0.91 },
      { index: 1, name: '退休', targetDate: '2051-01-01', amountTwd: 20_000_000, probability: 0.62 },
    ],
  },
  stress: [
    ['gfc_2008', '2008 全球金融海嘯', '2008 GFC', 0.3, 0.2],
    ['twd_china_2015', '2015 新台幣貶值與中國股災', '2015 sell-off', 0.12, 0.07],
    ['covid_2020', '2020 新冠疫情股災', '2020 COVID', 0.2, 0.15],
    ['rates_2022', '2022 升息', '2022 rates', 0.15, 0.14],
    ['taiex_minus_30', '台股 -30%', 'TAIEX -30%', 0.21, 0.12],
    ['usdtwd_minus_10', '美元兌新台幣 -10%', 'USD/TWD -10%', 0, 0.04],
    ['rates_plus_200', '利率 +200 bp', 'Rates +200 bp', 0.01, 0.06],
  ].map(([id, zh, en, c, p]) => ({
    id: id as string,
    name: { 'zh-TW': zh as string, en: en as string },
    kind: 'historical' as const,
    current: { lossPercent: c as number, lossTwd: (c as number) * 10_000_000 },
    proposed: { lossPercent: p as number, lossTwd: (p as number) * 10_000_000 },
  })),
  riskContributions: [
    { assetClass: 'tw_equity', current: 0.98, proposed: 0.6 },
    { assetClass: 'dm_equity', current: 0, proposed: 0.35 },
    { assetClass: 'global_ig_bond', current: 0, proposed: 0.05 },
    { assetClass: 'twd_cash', current: 0.02, proposed: 0 },
  ],
  trades: [],
  tradeFeesTwd: 0,
};

export const FORMATS: ChartFormats = {
  percent: (f) => `${(f * 100).toFixed(1)}%`,
  twd: (v) => `NT$${Math.round(v / 10_000).toLocaleString('en-US')} 萬`,
};

const CLASS_WORDS: Record<string, string> = {
  tw_equity: '台股',
  dm_equity: '已開發股票',
  global_ig_bond: '全球投資級債',
  twd_cash: '台幣現金',
};
export const labelOf = (key: string) => CLASS_WORDS[key] ?? key;

/** Every match of a regular expression in the SVG. */
export function count(svg: string, pattern: RegExp): number {
  return svg.match(new RegExp(pattern, 'g'))?.length ?? 0;
}
