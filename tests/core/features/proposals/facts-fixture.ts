import { assumptionsFileSchema, parseScenariosFile } from '../../../../shared/analytics';
import type { HoldingsValuation } from '../../../../shared/features/holdings/valuation';
import {
  analyseProposal,
  DEFAULT_PROPOSAL_SETTINGS,
  proposalContentSchema,
  proposalFactsSchema,
  type ProposalAnalysis,
  type ProposalContent,
  type ProposalContentInput,
  type ProposalFacts,
} from '../../../../shared/features/proposals';
import type { Product } from '../../../../shared/features/products/schema';
import { maskNationalId } from '../../../../shared/features/clients/national-id';
import { FULL_NATIONAL_ID, settingsWithLogo } from '../../documents/fixtures';
import { readResource } from '../../../shared/analytics/fixtures';

/**
 * A realistic proposal's facts: a 58-year-old client with TWD and USD holdings, six products of
 * several types (a Taiwan ETF, a domestic bond fund, an offshore high-yield fund paying dividends
 * that may come from principal, a USD structured note with its maximum loss, a foreign equity
 * fund, a money-market fund), two goals, and the analysis the engine (analyseProposal) computes.
 */

export const ASSUMPTIONS = assumptionsFileSchema.parse(readResource('capital-market-assumptions.json'));
const SCENARIOS = parseScenariosFile(readResource('stress-scenarios.json'));

const STAMP = '2026-11-20T02:00:00.000Z';
const DAY = '2026-11-30';

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
      amountTwd: 60_000_000,
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
      '建議將台股比重由約六成降至 25%，增加全球投資級債券與美國股票，以降低波動並分散單一市場風險；退休與子女教育目標之達成機率詳見蒙地卡羅模擬結果。',
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

let analysed: ProposalAnalysis | null = null;

/** The engine's analysis of a content on the holdings above (10,000 paths). */
function analyse(content: ProposalContent): ProposalAnalysis {
  return analyseProposal({
    content,
    holdings: HOLDINGS,
    products: Object.values(PRODUCTS),
    assumptions: ASSUMPTIONS,
    stressScenarios: SCENARIOS,
    startDay: DAY,
    settings: DEFAULT_PROPOSAL_SETTINGS,
  });
}

/** The content above with `shift` of the first item's weight moved to the second. */
export function shiftedContent(shift: number): ProposalContent {
  const content = proposalContentSchema.parse(CONTENT);
  const items = content.items.map((item, i) =>
    i > 1 ? item : { ...item, weight: item.weight + (i === 0 ? -shift : shift) },
  );
  return { ...content, items };
}

/**
 * The facts of the proposal above, or of another content on the same holdings (analysed afresh:
 * every figure and chart of it differs). The default content's analysis is computed once per file.
 */
export function proposalFacts(
  overrides: Partial<ProposalFacts> = {},
  shifted?: ProposalContent,
): ProposalFacts {
  const content = shifted ?? proposalContentSchema.parse(CONTENT);
  return proposalFactsSchema.parse({
    proposalId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    number: 'P1151130-003',
    revision: 2,
    state: 'presented',
    day: DAY,
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
    analysis: shifted ? analyse(shifted) : (analysed ??= analyse(content)),
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
