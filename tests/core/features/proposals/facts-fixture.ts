import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assumptionsFileSchema } from '../../../../shared/analytics/assumptions';
import type { HoldingsValuation } from '../../../../shared/features/holdings/valuation';
import {
  proposalContentSchema,
  proposalFactsSchema,
  type ProposalAnalysis,
  type ProposalContentInput,
  type ProposalFacts,
} from '../../../../shared/features/proposals/schema';
import type { Product } from '../../../../shared/features/products/schema';
import { maskNationalId } from '../../../../shared/features/clients/national-id';
import { FULL_NATIONAL_ID, REPO_ROOT, settingsWithLogo } from '../../documents/fixtures';

/**
 * A realistic proposal's facts: a 58-year-old client with TWD and USD holdings, six products of
 * several types (a Taiwan ETF, a domestic bond fund, an offshore high-yield fund paying dividends
 * that may come from principal, a USD structured note with its maximum loss, a foreign equity
 * fund, a money-market fund), two goals, and the analysis the engine computes for them.
 */

export const ASSUMPTIONS = assumptionsFileSchema.parse(
  JSON.parse(readFileSync(join(REPO_ROOT, 'resources/analytics/capital-market-assumptions.json'), 'utf8')),
);

const STAMP = '2026-11-20T02:00:00.000Z';

function product(
  fields: Partial<Product> & Pick<Product, 'id' | 'code' | 'nameZh' | 'type' | 'assetClass'>,
): Product {
  return {
    nameEn: null,
    issuer: '北辰投信',
    currency: 'TWD',
    issuerRiskRating: 3,
    riskRating: 3,
    isForeign: false,
    isComplex: false,
    fees: {
      frontLoadPercent: 1.5,
      managementPercent: 1.2,
      custodyPercent: 0.15,
      switchingFee: null,
      earlyRedemption: null,
    },
    compensationDisclosure: '申購手續費由本公司全額收取；經理費中本公司每年收取 0.5% 之通路服務費。',
    maxLossStatement: null,
    dividendFromPrincipal: false,
    riskDisclosureBlocks: [],
    launchDate: '2015-03-02',
    expiryDate: null,
    state: 'approved',
    stateChangedBy: '陳志明',
    stateChangedAt: STAMP,
    isDemo: false,
    version: 1,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...fields,
  };
}

export const PRODUCTS = {
  twEtf: product({
    id: '11111111-1111-4111-8111-111111111111',
    code: '0050',
    nameZh: '元大台灣卓越50證券投資信託基金',
    nameEn: 'Yuanta Taiwan Top 50 ETF',
    issuer: '元大投信',
    type: 'etf',
    assetClass: 'tw_equity',
    riskRating: 4,
    issuerRiskRating: 4,
    fees: {
      frontLoadPercent: 0.1425,
      managementPercent: 0.32,
      custodyPercent: 0.035,
      switchingFee: null,
      earlyRedemption: null,
    },
    riskDisclosureBlocks: ['本基金追蹤臺灣50指數，指數成分股集中於半導體產業，產業集中風險較高。'],
  }),
  bondFund: product({
    id: '22222222-2222-4222-8222-222222222222',
    code: 'NCB01',
    nameZh: '北辰全球投資級債券基金',
    nameEn: 'North Star Global IG Bond Fund',
    type: 'fund_domestic',
    assetClass: 'global_ig_bond',
    riskRating: 2,
    issuerRiskRating: 2,
    riskDisclosureBlocks: ['利率上升時債券價格下跌，本基金淨值可能隨之下跌。'],
  }),
  highYield: product({
    id: '33333333-3333-4333-8333-333333333333',
    code: 'AGHY-USD',
    nameZh: '安聯全球高收益債券基金（月配息）',
    nameEn: 'Allianz Global High Yield Fund (monthly distribution)',
    issuer: 'Allianz Global Investors',
    type: 'fund_offshore',
    currency: 'USD',
    assetClass: 'high_yield_bond',
    riskRating: 3,
    issuerRiskRating: 3,
    isForeign: true,
    dividendFromPrincipal: true,
    fees: {
      frontLoadPercent: 3,
      managementPercent: 1.5,
      custodyPercent: 0.2,
      switchingFee: '每次新臺幣 500 元',
      earlyRedemption: '持有未滿 30 日贖回收取 1% 短線交易費',
    },
    compensationDisclosure:
      '本公司自基金公司收取經理費之 0.75% 為通路報酬，另收取申購手續費 3%；理財顧問獎金依申購金額之 0.3% 計算。',
    riskDisclosureBlocks: [
      '本基金主要投資於非投資等級之高風險債券，適合能承受較高風險之投資人，投資比重不宜過高。',
    ],
  }),
  structuredNote: product({
    id: '44444444-4444-4444-8444-444444444444',
    code: 'SN-TSM-2027',
    nameZh: '美元計價一年期台積電連結保本率 90% 結構型商品',
    nameEn: 'USD 1-year TSMC-linked 90% principal-protected note',
    issuer: 'Global Bank plc 倫敦分行',
    type: 'structured_note',
    currency: 'USD',
    assetClass: 'dm_equity',
    riskRating: 4,
    issuerRiskRating: 4,
    isForeign: true,
    isComplex: true,
    fees: {
      frontLoadPercent: 1,
      managementPercent: null,
      custodyPercent: null,
      switchingFee: null,
      earlyRedemption: '到期前不得贖回；提前解約依發行機構報價，可能低於本金 70%',
    },
    maxLossStatement: '到期時最大可能損失為投資本金之 10%；如發行機構違約，最大可能損失為全部本金。',
    compensationDisclosure: '本公司自發行機構收取名目本金 1.2% 之通路服務費，已反映於商品價格中。',
    riskDisclosureBlocks: [
      '本商品連結台積電（2330）股價，到期報酬取決於觀察日之收盤價。',
      '本商品非存款，不受存款保險保障，亦非保本商品之保證。',
    ],
    expiryDate: '2027-12-15',
  }),
  foreignEquity: product({
    id: '55555555-5555-4555-8555-555555555555',
    code: 'FGE-USD',
    nameZh: '富蘭克林美國成長基金',
    nameEn: 'Franklin U.S. Opportunities Fund',
    issuer: 'Franklin Templeton',
    type: 'fund_offshore',
    currency: 'USD',
    assetClass: 'dm_equity',
    riskRating: 4,
    issuerRiskRating: 4,
    isForeign: true,
  }),
  moneyMarket: product({
    id: '66666666-6666-4666-8666-666666666666',
    code: 'NCMM',
    nameZh: '北辰台幣貨幣市場基金',
    nameEn: 'North Star TWD Money Market Fund',
    type: 'fund_domestic',
    assetClass: 'twd_cash',
    riskRating: 1,
    issuerRiskRating: 1,
    fees: {
      frontLoadPercent: 0,
      managementPercent: 0.15,
      custodyPercent: 0.04,
      switchingFee: null,
      earlyRedemption: null,
    },
    compensationDisclosure: null,
  }),
} as const;

const CONTENT: ProposalContentInput = {
  kind: 'planning',
  title: '王美玲女士退休與子女教育資產配置建議',
  assumptionsVersion: ASSUMPTIONS.version,
  target: { source: 'model' },
  items: [
    {
      productId: PRODUCTS.twEtf.id,
      assetClass: 'tw_equity',
      weight: 0.25,
      rationale: '以低成本方式參與台灣股市長期成長，作為核心部位。',
    },
    {
      productId: PRODUCTS.bondFund.id,
      assetClass: 'global_ig_bond',
      weight: 0.3,
      rationale: '投資級債券降低整體波動，提供穩定收益。',
    },
    {
      productId: PRODUCTS.highYield.id,
      assetClass: 'high_yield_bond',
      weight: 0.1,
      rationale: '客戶希望每月有現金流入，以小比重配置高收益債。',
    },
    {
      productId: PRODUCTS.structuredNote.id,
      assetClass: 'dm_equity',
      weight: 0.05,
      rationale: '客戶主動詢問，保本率 90%，比重控制於 5%。',
      clientRequested: true,
    },
    {
      productId: PRODUCTS.foreignEquity.id,
      assetClass: 'dm_equity',
      weight: 0.2,
      rationale: '分散台股集中風險，參與美國企業成長。',
    },
    {
      productId: PRODUCTS.moneyMarket.id,
      assetClass: 'twd_cash',
      weight: 0.1,
      rationale: '保留緊急預備金與再平衡之資金。',
    },
  ],
  newMoneyTwd: 3_000_000,
  goals: [
    {
      goalId: null,
      kind: 'retirement',
      name: '65 歲退休',
      targetDate: '2033-04-12',
      amountTwd: 30_000_000,
      inTodaysMoney: true,
      priority: 'essential',
      funding: {
        initialTwd: 20_000_000,
        monthlyContributionTwd: 80_000,
        monthlyWithdrawalTwd: 120_000,
        withdrawalYears: 25,
      },
      retirementAge: 65,
      monthlySpendingTwd: 120_000,
      educationYear: null,
      notes: null,
    },
    {
      goalId: null,
      kind: 'education',
      name: '林子晴出國留學',
      targetDate: '2029-09-01',
      amountTwd: 5_000_000,
      inTodaysMoney: false,
      priority: 'important',
      funding: {
        initialTwd: 2_000_000,
        monthlyContributionTwd: 30_000,
        monthlyWithdrawalTwd: 0,
        withdrawalYears: 0,
      },
      retirementAge: null,
      monthlySpendingTwd: null,
      educationYear: 2029,
      notes: null,
    },
  ],
  horizonYears: 30,
  commentary: {
    rationale:
      '客戶風險屬性為 C3 穩健型，現有資產過度集中於台股與台幣存款。建議提高全球債券與海外股票比重以分散風險，並保留一成流動資金。',
    summary:
      '建議將台股比重由 55% 降至 25%，增加全球投資級債券與美國股票，整體預期年化報酬約 5.4%，波動度由 15% 降至 9.8%。以此配置，退休目標之達成機率約 78%，子女教育目標約 91%。',
    keyActions: [
      '贖回部分台股持股約 NT$1,200 萬',
      '申購全球投資級債券基金 NT$1,050 萬',
      '每月定期定額投入 NT$8 萬',
      '一年後檢視配置並再平衡',
    ],
  },
  largeType: null,
};

const HOLDINGS: HoldingsValuation = {
  clientId: '3f1d2c4b-5a69-4e7f-8a9b-0c1d2e3f4a5b',
  positions: [
    {
      id: 'pos-1',
      productId: PRODUCTS.twEtf.id,
      productCode: '0050',
      name: '元大台灣50',
      assetClass: 'tw_equity',
      currency: 'TWD',
      riskRating: 4,
      custodian: 'domestic',
      quantity: 100_000,
      price: 190,
      priceDate: '2026-11-19',
      marketValue: 19_000_000,
      fxRate: 1,
      marketValueTwd: 19_000_000,
    },
    {
      id: 'pos-2',
      productId: null,
      productCode: null,
      name: '台積電',
      assetClass: 'tw_equity',
      currency: 'TWD',
      riskRating: null,
      custodian: 'domestic',
      quantity: 10_000,
      price: 1_050,
      priceDate: '2026-11-19',
      marketValue: 10_500_000,
      fxRate: 1,
      marketValueTwd: 10_500_000,
    },
    {
      id: 'pos-3',
      productId: null,
      productCode: null,
      name: '美國公債 2030',
      assetClass: 'global_ig_bond',
      currency: 'USD',
      riskRating: null,
      custodian: 'sub_brokerage',
      quantity: 100,
      price: 980,
      priceDate: '2026-11-19',
      marketValue: 98_000,
      fxRate: 32.1,
      marketValueTwd: 3_145_800,
    },
  ],
  cash: [
    { currency: 'TWD', custodian: 'bank', amount: 15_000_000, fxRate: 1, amountTwd: 15_000_000 },
    { currency: 'USD', custodian: 'bank', amount: 60_000, fxRate: 32.1, amountTwd: 1_926_000 },
  ],
  totalTwd: 49_571_800,
  missingRates: [],
  fxAsOf: '2026-11-19',
};

/** Hand-set engine output for the content above (replaced by analyseProposal once it is merged). */
function analysisFor(investableTwd: number): ProposalAnalysis {
  const slice = (key: string, weight: number, total = investableTwd) => ({
    key,
    weight,
    valueTwd: weight * total,
  });
  const years = Array.from({ length: 31 }, (_, i) => i);
  const grow = (rate: number) => years.map((y) => Math.round(investableTwd * (1 + rate) ** y));
  const current = 49_571_800;
  const figures = (r: number, v: number) => ({
    expectedReturn: r,
    volatility: v,
    sharpe: (r - 0.012) / v,
    var95: 1.645 * v - r,
    cvar95: 2.06 * v - r,
    var95Twd: (1.645 * v - r) * investableTwd,
    cvar95Twd: (2.06 * v - r) * investableTwd,
    maxDrawdownMedian: v * 1.6,
    maxDrawdown95: v * 3.1,
  });
  const stress = (
    id: string,
    zh: string,
    en: string,
    kind: 'historical' | 'hypothetical',
    cur: number,
    pro: number,
  ) => ({
    id,
    name: { 'zh-TW': zh, en },
    kind,
    current: { lossPercent: cur, lossTwd: cur * current },
    proposed: { lossPercent: pro, lossTwd: pro * investableTwd },
  });
  return {
    assumptionsVersion: ASSUMPTIONS.version,
    investableTwd,
    current: {
      totalTwd: current,
      byAssetClass: [
        slice('tw_equity', 0.595, current),
        slice('global_ig_bond', 0.063, current),
        slice('twd_cash', 0.303, current),
        slice('usd_cash', 0.039, current),
      ],
      byCurrency: [slice('TWD', 0.898, current), slice('USD', 0.102, current)],
      byRiskRating: [slice('RR4', 0.383, current), slice('unrated', 0.617, current)],
    },
    proposed: {
      totalTwd: investableTwd,
      byAssetClass: [
        slice('tw_equity', 0.25),
        slice('global_ig_bond', 0.3),
        slice('high_yield_bond', 0.1),
        slice('dm_equity', 0.25),
        slice('twd_cash', 0.1),
      ],
      byCurrency: [slice('TWD', 0.65), slice('USD', 0.35)],
      byRiskRating: [slice('RR1', 0.1), slice('RR2', 0.3), slice('RR3', 0.1), slice('RR4', 0.5)],
    },
    figures: { current: figures(0.052, 0.148), proposed: figures(0.054, 0.098) },
    frontier: [0.03, 0.05, 0.07, 0.1, 0.13, 0.16].map((v) => ({
      volatility: v,
      expectedReturn: 0.015 + 0.45 * v - 0.8 * v * v,
    })),
    currentPoint: { expectedReturn: 0.052, volatility: 0.148 },
    proposedPoint: { expectedReturn: 0.054, volatility: 0.098 },
    monteCarlo: {
      paths: 10_000,
      seed: 20261130,
      months: 360,
      fan: { years, p5: grow(-0.01), p25: grow(0.025), p50: grow(0.045), p75: grow(0.065), p95: grow(0.09) },
      probabilityOfRuin: 0.064,
      goals: [
        { index: 0, name: '65 歲退休', targetDate: '2033-04-12', amountTwd: 30_000_000, probability: 0.78 },
        {
          index: 1,
          name: '林子晴出國留學',
          targetDate: '2029-09-01',
          amountTwd: 5_000_000,
          probability: 0.91,
        },
      ],
    },
    stress: [
      stress('gfc2008', '2008 全球金融海嘯', '2008 global financial crisis', 'historical', 0.38, 0.21),
      stress('china2015', '2015 中國股災', '2015 China crash', 'historical', 0.16, 0.09),
      stress('covid2020', '2020 新冠疫情', '2020 COVID-19 sell-off', 'historical', 0.22, 0.13),
      stress('rates2022', '2022 升息', '2022 rate hikes', 'historical', 0.2, 0.15),
      stress('taiex30', '台股下跌 30%', 'TAIEX -30%', 'hypothetical', 0.18, 0.08),
      stress('usdtwd10', '美元兌台幣貶值 10%', 'USD/TWD -10%', 'hypothetical', 0.01, 0.035),
      stress('rates200', '利率上升 200bp', 'Rates +200 bp', 'hypothetical', 0.012, 0.06),
    ],
    riskContributions: [
      { assetClass: 'tw_equity', current: 0.9, proposed: 0.45 },
      { assetClass: 'global_ig_bond', current: 0.02, proposed: 0.08 },
      { assetClass: 'high_yield_bond', current: null, proposed: 0.07 },
      { assetClass: 'dm_equity', current: null, proposed: 0.4 },
      { assetClass: 'twd_cash', current: 0.08, proposed: 0 },
    ],
    trades: [
      {
        side: 'sell',
        productId: null,
        positionId: 'pos-2',
        label: '台積電',
        assetClass: 'tw_equity',
        currency: 'TWD',
        valueTwd: 10_500_000,
        feeTwd: 46_463,
        feePercent: 0.4425,
      },
      {
        side: 'sell',
        productId: PRODUCTS.twEtf.id,
        positionId: 'pos-1',
        label: '元大台灣50',
        assetClass: 'tw_equity',
        currency: 'TWD',
        valueTwd: 5_357_050,
        feeTwd: 23_705,
        feePercent: 0.4425,
      },
      {
        side: 'buy',
        productId: PRODUCTS.bondFund.id,
        positionId: null,
        label: '北辰全球投資級債券基金',
        assetClass: 'global_ig_bond',
        currency: 'TWD',
        valueTwd: 12_725_740,
        feeTwd: 190_886,
        feePercent: 1.5,
      },
      {
        side: 'buy',
        productId: PRODUCTS.highYield.id,
        positionId: null,
        label: '安聯全球高收益債券基金',
        assetClass: 'high_yield_bond',
        currency: 'USD',
        valueTwd: 5_257_180,
        feeTwd: 157_715,
        feePercent: 3,
      },
      {
        side: 'buy',
        productId: PRODUCTS.structuredNote.id,
        positionId: null,
        label: '台積電連結結構型商品',
        assetClass: 'dm_equity',
        currency: 'USD',
        valueTwd: 2_628_590,
        feeTwd: 26_286,
        feePercent: 1,
      },
      {
        side: 'buy',
        productId: PRODUCTS.foreignEquity.id,
        positionId: null,
        label: '富蘭克林美國成長基金',
        assetClass: 'dm_equity',
        currency: 'USD',
        valueTwd: 10_514_360,
        feeTwd: 157_715,
        feePercent: 1.5,
      },
    ],
    tradeFeesTwd: 602_770,
  };
}

export function proposalFacts(overrides: Partial<ProposalFacts> = {}): ProposalFacts {
  const content = proposalContentSchema.parse(CONTENT);
  return proposalFactsSchema.parse({
    proposalId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    number: 'P1151130-003',
    revision: 2,
    state: 'presented',
    day: '2026-11-30',
    client: {
      id: HOLDINGS.clientId,
      name: '王美玲',
      nationalIdMasked: maskNationalId(FULL_NATIONAL_ID),
      birthDate: '1968-04-12',
      age: 58,
      investorClass: 'general',
    },
    kyc: {
      grade: { scale: 'five', level: 3 },
      assessedOn: '2026-06-15',
      validUntil: '2027-06-15',
      state: 'current',
    },
    advisor: { name: '陳志明', licenceNumber: '投顧業務員 112-00457' },
    firm: {
      branding: settingsWithLogo.branding,
      disclaimer:
        '本建議書係依客戶提供之資料及本公司認為可靠之資訊編製，惟不保證其完整性與正確性。本公司及理財顧問不對任何依本建議書所為之投資決策負責。',
      contact:
        '北辰證券客戶服務中心，電話 0800-000-123，電子郵件 service@northstar.example.com.tw，地址 臺北市信義區松仁路 100 號',
    },
    content,
    products: Object.values(PRODUCTS),
    holdings: HOLDINGS,
    assumptions: ASSUMPTIONS,
    analysis: analysisFor(HOLDINGS.totalTwd + content.newMoneyTwd),
    suitability: {
      verdict: 'ok',
      kycState: 'current',
      elderly: false,
      products: [],
      findings: [],
    },
    largeType: false,
    ...overrides,
  });
}
