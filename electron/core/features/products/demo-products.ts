import type {
  AssetClassId,
  Currency,
  ProductData,
  ProductState,
  ProductType,
} from '../../../../shared/features/products';

/**
 * The demo shelf for 匯入示範商品 and `products seed-demo`: about 60 products of the kinds a
 * Taiwanese securities firm's wealth desk sells. Fund houses, structured notes and policies are
 * invented (real-sounding, not real); listed stocks are real listed companies. Every record passes
 * productInputSchema (tested) and is marked as demo data when stored.
 */

type Fees = [front: number | null, management: number | null, custody: number | null];

interface DemoRow {
  code: string;
  nameZh: string;
  nameEn: string;
  issuer: string;
  type: ProductType;
  currency: Currency;
  rr: [issuer: number, firm: number];
  assetClass: AssetClassId;
  fees?: Fees;
  dividendFromPrincipal?: boolean;
  launchDate?: string;
  expiryDate?: string;
  state?: ProductState;
}

const FUND_FEES: Fees = [3, 1.5, 0.14];
const BOND_FUND_FEES: Fees = [1.5, 0.8, 0.1];
const ETF_FEES: Fees = [null, 0.32, 0.035];
const OFFSHORE_FEES: Fees = [3, 1.75, 0.2];

const fund = (
  code: string,
  nameZh: string,
  nameEn: string,
  issuer: string,
  rr: [number, number],
  assetClass: AssetClassId,
  extra: Partial<DemoRow> = {},
): DemoRow => ({
  code,
  nameZh,
  nameEn,
  issuer,
  type: 'fund_domestic',
  currency: 'TWD',
  rr,
  assetClass,
  fees: FUND_FEES,
  launchDate: '2015-03-02',
  ...extra,
});

const offshore = (
  code: string,
  nameZh: string,
  nameEn: string,
  issuer: string,
  currency: Currency,
  rr: [number, number],
  assetClass: AssetClassId,
  extra: Partial<DemoRow> = {},
): DemoRow => ({
  code,
  nameZh,
  nameEn,
  issuer,
  type: 'fund_offshore',
  currency,
  rr,
  assetClass,
  fees: OFFSHORE_FEES,
  launchDate: '2011-09-15',
  ...extra,
});

const etf = (
  code: string,
  nameZh: string,
  nameEn: string,
  issuer: string,
  rr: [number, number],
  assetClass: AssetClassId,
  extra: Partial<DemoRow> = {},
): DemoRow => ({
  code,
  nameZh,
  nameEn,
  issuer,
  type: 'etf',
  currency: 'TWD',
  rr,
  assetClass,
  fees: ETF_FEES,
  launchDate: '2018-06-20',
  ...extra,
});

const twStock = (code: string, nameZh: string, nameEn: string, rr = 5): DemoRow => ({
  code,
  nameZh,
  nameEn,
  issuer: nameZh,
  type: 'stock_domestic',
  currency: 'TWD',
  rr: [rr, rr],
  assetClass: 'tw_equity',
});

const usStock = (code: string, nameZh: string, nameEn: string): DemoRow => ({
  code,
  nameZh,
  nameEn,
  issuer: nameEn,
  type: 'stock_foreign',
  currency: 'USD',
  rr: [5, 5],
  assetClass: 'dm_equity',
});

const HUIHONG = '匯宏證券投資信託';
const KANGLIAN = '康聯證券投資信託';
const DINGFENG = '鼎峰證券投資信託';
const BAOTAI = '寶泰證券投資信託';
const NORTHBRIDGE = 'Northbridge Global Investors（北橋環球投資）';
const EVANSTON = 'Evanston Asset Management（艾文斯資產管理）';
const MERIDIAN = 'Meridian Investments（子午線投資）';
const HERON = 'Heron Capital（蒼鷺資本）';

const ROWS: readonly DemoRow[] = [
  // Domestic funds
  fund('HH001', '匯宏台灣科技基金', 'Huihong Taiwan Technology Fund', HUIHONG, [5, 5], 'tw_equity'),
  fund('HH002', '匯宏台灣高股息基金', 'Huihong Taiwan High Dividend Fund', HUIHONG, [4, 4], 'tw_equity', {
    dividendFromPrincipal: true,
  }),
  fund('HH003', '匯宏全球醫療保健基金', 'Huihong Global Healthcare Fund', HUIHONG, [4, 4], 'dm_equity'),
  fund('HH004', '匯宏貨幣市場基金', 'Huihong Money Market Fund', HUIHONG, [1, 1], 'twd_cash', {
    fees: [null, 0.1, 0.04],
  }),
  fund('KL001', '康聯中小型成長基金', 'Kanglian Small & Mid Cap Growth Fund', KANGLIAN, [5, 5], 'tw_equity'),
  fund(
    'KL002',
    '康聯全球投資級債券基金',
    'Kanglian Global Investment Grade Bond Fund',
    KANGLIAN,
    [2, 2],
    'global_ig_bond',
    {
      fees: BOND_FUND_FEES,
      dividendFromPrincipal: true,
    },
  ),
  fund(
    'KL003',
    '康聯新興市場債券基金',
    'Kanglian Emerging Market Bond Fund',
    KANGLIAN,
    [3, 4],
    'high_yield_bond',
    {
      fees: BOND_FUND_FEES,
      dividendFromPrincipal: true,
    },
  ),
  fund('KL004', '康聯亞太不動產證券化基金', 'Kanglian Asia Pacific REIT Fund', KANGLIAN, [4, 4], 'reits', {
    dividendFromPrincipal: true,
  }),
  fund('DF001', '鼎峰台灣加權指數基金', 'Dingfeng Taiwan TAIEX Index Fund', DINGFENG, [4, 4], 'tw_equity', {
    fees: [1.5, 0.5, 0.1],
  }),
  fund(
    'DF002',
    '鼎峰多重資產收益基金',
    'Dingfeng Multi-Asset Income Fund',
    DINGFENG,
    [3, 3],
    'global_ig_bond',
    {
      dividendFromPrincipal: true,
    },
  ),
  fund('DF003', '鼎峰美國公債基金', 'Dingfeng US Treasury Fund', DINGFENG, [2, 2], 'global_ig_bond', {
    fees: BOND_FUND_FEES,
  }),
  fund('DF004', '鼎峰新興亞洲股票基金', 'Dingfeng Emerging Asia Equity Fund', DINGFENG, [5, 5], 'em_equity'),
  fund('BT001', '寶泰黃金礦業基金', 'Baotai Gold Mining Fund', BAOTAI, [5, 5], 'gold', {
    state: 'suspended',
  }),
  fund(
    'BT002',
    '寶泰全球高收益債券基金',
    'Baotai Global High Yield Bond Fund',
    BAOTAI,
    [3, 3],
    'high_yield_bond',
    {
      fees: BOND_FUND_FEES,
      dividendFromPrincipal: true,
    },
  ),
  fund('BT003', '寶泰台幣短期收益基金', 'Baotai TWD Short Duration Income Fund', BAOTAI, [1, 2], 'twd_cash', {
    fees: [null, 0.3, 0.06],
  }),
  // Offshore funds
  offshore(
    'NB-GEQ-A',
    '北橋環球股票基金 A 累積型美元',
    'Northbridge Global Equity Fund A Acc USD',
    NORTHBRIDGE,
    'USD',
    [4, 4],
    'dm_equity',
  ),
  offshore(
    'NB-GHY-AD',
    '北橋環球高收益債券基金 AD 月配美元',
    'Northbridge Global High Yield Bond Fund AD USD',
    NORTHBRIDGE,
    'USD',
    [3, 3],
    'high_yield_bond',
    {
      dividendFromPrincipal: true,
      fees: [3, 1.25, 0.15],
    },
  ),
  offshore(
    'NB-JPN-A',
    '北橋日本股票基金 A 日圓',
    'Northbridge Japan Equity Fund A JPY',
    NORTHBRIDGE,
    'JPY',
    [4, 4],
    'dm_equity',
  ),
  offshore(
    'EV-EUR-A',
    '艾文斯歐洲藍籌基金 A 歐元',
    'Evanston European Blue Chip Fund A EUR',
    EVANSTON,
    'EUR',
    [4, 4],
    'dm_equity',
  ),
  offshore(
    'EV-TECH-A',
    '艾文斯全球科技基金 A 美元',
    'Evanston Global Technology Fund A USD',
    EVANSTON,
    'USD',
    [4, 5],
    'dm_equity',
  ),
  offshore(
    'EV-CNY-A',
    '艾文斯中國 A 股基金 人民幣',
    'Evanston China A-Share Fund CNY',
    EVANSTON,
    'CNY',
    [5, 5],
    'em_equity',
  ),
  offshore(
    'MR-IG-AD',
    '子午線美元投資級公司債基金 AD 月配',
    'Meridian USD Investment Grade Corporate Bond Fund AD',
    MERIDIAN,
    'USD',
    [2, 2],
    'global_ig_bond',
    {
      fees: [1.5, 0.75, 0.1],
      dividendFromPrincipal: true,
    },
  ),
  offshore(
    'MR-AUD-AD',
    '子午線澳洲收益基金 AD 澳幣',
    'Meridian Australian Income Fund AD AUD',
    MERIDIAN,
    'AUD',
    [3, 3],
    'global_ig_bond',
    {
      dividendFromPrincipal: true,
    },
  ),
  offshore(
    'MR-EM-A',
    '子午線新興市場股票基金 A 美元',
    'Meridian Emerging Markets Equity Fund A USD',
    MERIDIAN,
    'USD',
    [5, 5],
    'em_equity',
  ),
  offshore('HC-GOLD-A', '蒼鷺黃金基金 A 美元', 'Heron Gold Fund A USD', HERON, 'USD', [5, 5], 'gold'),
  offshore(
    'HC-REIT-AD',
    '蒼鷺全球不動產收益基金 AD 美元',
    'Heron Global Property Income Fund AD USD',
    HERON,
    'USD',
    [4, 4],
    'reits',
    {
      dividendFromPrincipal: true,
      state: 'withdrawn',
    },
  ),
  offshore(
    'HC-USD-MM',
    '蒼鷺美元貨幣市場基金',
    'Heron USD Money Market Fund',
    HERON,
    'USD',
    [1, 1],
    'usd_cash',
    {
      fees: [null, 0.25, 0.05],
    },
  ),
  // ETFs
  etf('00951', '匯宏台灣卓越 50 ETF', 'Huihong Taiwan Top 50 ETF', HUIHONG, [4, 4], 'tw_equity'),
  etf('00952', '康聯台灣高股息 ETF', 'Kanglian Taiwan High Dividend ETF', KANGLIAN, [4, 4], 'tw_equity', {
    dividendFromPrincipal: true,
  }),
  etf('00953', '鼎峰美國標普 500 ETF', 'Dingfeng US S&P 500 ETF', DINGFENG, [4, 4], 'dm_equity', {
    fees: [null, 0.45, 0.1],
  }),
  etf(
    '00954B',
    '寶泰 20 年期以上美債 ETF',
    'Baotai US Treasury 20+ Year ETF',
    BAOTAI,
    [2, 3],
    'global_ig_bond',
  ),
  etf(
    '00955B',
    '匯宏投資級公司債 ETF',
    'Huihong Investment Grade Corporate Bond ETF',
    HUIHONG,
    [2, 2],
    'global_ig_bond',
  ),
  etf('00956', '康聯半導體 ETF', 'Kanglian Semiconductor ETF', KANGLIAN, [5, 5], 'tw_equity'),
  etf('00957', '鼎峰日本東證 ETF', 'Dingfeng Japan TOPIX ETF', DINGFENG, [4, 4], 'dm_equity'),
  etf('00958', '寶泰黃金期貨 ETF', 'Baotai Gold Futures ETF', BAOTAI, [4, 5], 'gold', { state: 'draft' }),
  // Taiwan stocks
  twStock('2330', '台積電', 'TSMC'),
  twStock('2317', '鴻海', 'Hon Hai Precision'),
  twStock('2454', '聯發科', 'MediaTek'),
  twStock('2308', '台達電', 'Delta Electronics'),
  twStock('2412', '中華電', 'Chunghwa Telecom', 4),
  twStock('2882', '國泰金', 'Cathay Financial Holding', 4),
  twStock('2881', '富邦金', 'Fubon Financial Holding', 4),
  twStock('1301', '台塑', 'Formosa Plastics'),
  // US stocks
  usStock('AAPL', '蘋果', 'Apple Inc.'),
  usStock('MSFT', '微軟', 'Microsoft Corp.'),
  usStock('NVDA', '輝達', 'NVIDIA Corp.'),
  usStock('JNJ', '嬌生', 'Johnson & Johnson'),
  usStock('KO', '可口可樂', 'Coca-Cola Co.'),
  usStock('BRK.B', '波克夏 B 股', 'Berkshire Hathaway Inc. Class B'),
  // Bonds
  {
    code: 'A14105',
    nameZh: '中央政府公債 114 年甲類第 5 期',
    nameEn: 'Taiwan Government Bond 2025-A5',
    issuer: '中華民國財政部',
    type: 'bond',
    currency: 'TWD',
    rr: [1, 1],
    assetClass: 'tw_gov_bond',
    launchDate: '2025-05-15',
    expiryDate: '2035-05-15',
  },
  {
    code: 'US91282CLM1',
    nameZh: '美國 10 年期公債 2034',
    nameEn: 'US Treasury Note 4.25% 2034',
    issuer: 'U.S. Department of the Treasury',
    type: 'bond',
    currency: 'USD',
    rr: [1, 2],
    assetClass: 'global_ig_bond',
    launchDate: '2024-11-15',
    expiryDate: '2034-11-15',
  },
  {
    code: 'XS2700001234',
    nameZh: '北橋銀行 5.1% 2031 美元次順位債',
    nameEn: 'Northbridge Bank 5.1% 2031 Subordinated Notes',
    issuer: 'Northbridge Bank plc',
    type: 'bond',
    currency: 'USD',
    rr: [3, 4],
    assetClass: 'high_yield_bond',
    launchDate: '2024-03-01',
    expiryDate: '2031-03-01',
  },
  {
    code: 'XS2700005678',
    nameZh: '子午線電力 4.6% 2030 美元公司債',
    nameEn: 'Meridian Power 4.6% 2030 Senior Notes',
    issuer: 'Meridian Power Corp.',
    type: 'bond',
    currency: 'USD',
    rr: [2, 3],
    assetClass: 'global_ig_bond',
    launchDate: '2023-09-20',
    expiryDate: '2030-09-20',
  },
  {
    code: 'AU3CB0299999',
    nameZh: '澳洲基建 5.0% 2029 澳幣債',
    nameEn: 'Australian Infrastructure 5.0% 2029 AUD Bond',
    issuer: 'Southern Cross Infrastructure Ltd',
    type: 'bond',
    currency: 'AUD',
    rr: [2, 3],
    assetClass: 'global_ig_bond',
    launchDate: '2022-07-01',
    expiryDate: '2029-07-01',
  },
  // Structured notes
  {
    code: 'SN-USD-2601',
    nameZh: '美元 2 年期 100% 保本連結美國科技股結構型商品',
    nameEn: 'USD 2Y 100% Principal-Protected Note on US Tech',
    issuer: 'Northbridge Bank plc',
    type: 'structured_note',
    currency: 'USD',
    rr: [3, 4],
    assetClass: 'dm_equity',
    launchDate: '2026-01-15',
    expiryDate: '2028-01-15',
  },
  {
    code: 'SN-USD-2602',
    nameZh: '美元 1 年期不保本連結台積電 ADR 結構型商品',
    nameEn: 'USD 1Y Non-Protected Reverse Convertible on TSM ADR',
    issuer: 'Evanston Securities Ltd',
    type: 'structured_note',
    currency: 'USD',
    rr: [4, 5],
    assetClass: 'tw_equity',
    launchDate: '2026-03-10',
    expiryDate: '2027-03-10',
  },
  {
    code: 'SN-TWD-2603',
    nameZh: '台幣 3 年期 95% 保本連結黃金結構型商品',
    nameEn: 'TWD 3Y 95% Protected Note on Gold',
    issuer: '匯宏銀行',
    type: 'structured_note',
    currency: 'TWD',
    rr: [3, 4],
    assetClass: 'gold',
    launchDate: '2026-05-20',
    expiryDate: '2029-05-20',
  },
  // Insurance-linked
  {
    code: 'ILP-VUL-01',
    nameZh: '康泰人壽變額萬能壽險（連結全球股票）',
    nameEn: 'Kangtai Life Variable Universal Life (Global Equity)',
    issuer: '康泰人壽保險',
    type: 'insurance_linked',
    currency: 'USD',
    rr: [4, 4],
    assetClass: 'dm_equity',
    fees: [5, 1.2, 0.1],
    launchDate: '2020-04-01',
  },
  {
    code: 'ILP-VA-02',
    nameZh: '康泰人壽變額年金（連結投資級債券）',
    nameEn: 'Kangtai Life Variable Annuity (Investment Grade Bonds)',
    issuer: '康泰人壽保險',
    type: 'insurance_linked',
    currency: 'TWD',
    rr: [2, 3],
    assetClass: 'global_ig_bond',
    fees: [3, 0.8, 0.1],
    launchDate: '2021-10-01',
  },
  {
    code: 'ILP-VUL-03',
    nameZh: '瑞安人壽投資型壽險（連結亞洲高股息）',
    nameEn: 'Ruian Life Investment-Linked Life (Asia High Dividend)',
    issuer: '瑞安人壽保險',
    type: 'insurance_linked',
    currency: 'USD',
    rr: [4, 4],
    assetClass: 'em_equity',
    fees: [4, 1.3, 0.12],
    launchDate: '2019-08-15',
  },
];

const DISCLOSURES: Readonly<Record<ProductType, readonly string[]>> = {
  fund_domestic: [
    '本基金經金融監督管理委員會核准或同意生效，惟不表示絕無風險。基金經理公司以往之經理績效不保證基金之最低投資收益。',
    '基金投資之最大可能損失為全部投資本金；本基金不受存款保險、保險安定基金或其他相關保障機制之保障。',
  ],
  fund_offshore: [
    '本基金經金融監督管理委員會核准或申報生效在國內募集及銷售，惟不表示絕無風險。以往之績效不保證未來之投資收益。',
    '外幣計價基金另有匯率風險；投資人以新臺幣換匯投資，贖回時可能因匯率變動而產生損失。',
  ],
  etf: [
    'ETF 於證券交易市場交易，價格可能與淨值有折溢價；追蹤指數可能產生追蹤誤差。',
    '投資之最大可能損失為全部投資本金。',
  ],
  stock_domestic: ['股票價格受公司營運、產業及市場影響波動，投資人可能損失全部投資金額。'],
  stock_foreign: [
    '外國有價證券以外幣計價，另有匯率、交易時差、當地法規及稅務風險。',
    '股票價格可能大幅波動，投資人可能損失全部投資金額。',
  ],
  bond: [
    '債券價格隨利率變動，提前賣出可能低於買進價格；發行機構違約時可能無法取回本金及利息。',
    '外幣債券另有匯率風險；次順位債券之清償順序後於一般債權。',
  ],
  structured_note: [
    '本商品非存款，不受存款保險保障；發行機構信用風險由投資人承擔。',
    '提前贖回須依發行機構報價，可能損失部分或全部本金；到期前市場價值可能大幅波動。',
    '另有匯率、利率、流動性及稅務風險，所有費用已揭露於產品說明書。',
  ],
  insurance_linked: [
    '投資型保險之投資標的價值由要保人承擔投資風險，最大可能損失為全部投資本金。',
    '保單費用（保費費用、保單管理費、危險保費）將自保單帳戶價值中扣除；提前解約可能收取解約費用。',
  ],
};

const COMPENSATION: Readonly<Record<ProductType, string>> = {
  fund_domestic: '本公司自申購手續費及經理費中收取通路報酬；經理費分成年率最高 0.6%，詳見通路報酬揭露表。',
  fund_offshore:
    '本公司收取申購手續費及總代理支付之經理費分成（年率最高 0.75%）與銷售獎勵金，詳見通路報酬揭露表。',
  etf: '本公司收取證券交易手續費，未另向發行機構收取通路報酬。',
  stock_domestic: '本公司收取證券交易手續費（最高 0.1425%），未另收取報酬。',
  stock_foreign: '本公司收取複委託交易手續費（最高 1%），未另收取報酬。',
  bond: '本公司以買賣價差方式取得報酬，價差最高 1.5%。',
  structured_note: '本公司自發行機構收取通路服務費，最高為本金之 2%，已內含於商品價格。',
  insurance_linked: '本公司收取保險公司支付之佣金，首年最高為目標保費之 30%。',
};

function maxLoss(row: DemoRow): string {
  if (row.type !== 'structured_note') return '最大可能損失為全部投資本金。';
  if (row.nameZh.includes('100% 保本')) return '到期保本率 100%；提前贖回可能損失部分本金。';
  if (row.nameZh.includes('95% 保本'))
    return '到期保本率 95%，最大可能損失為本金之 5%；提前贖回可能損失更多。';
  return '本商品不保本，最大可能損失為全部投資本金。';
}

const isFund = (type: ProductType) => type === 'fund_domestic' || type === 'fund_offshore';
const FOREIGN: ReadonlySet<ProductType> = new Set(['fund_offshore', 'stock_foreign']);

export interface DemoProduct {
  data: ProductData;
  state: ProductState;
}

/** The demo shelf, in a fixed order. */
export function demoProducts(): DemoProduct[] {
  return ROWS.map((row) => {
    const [front, management, custody] = row.fees ?? [null, null, null];
    const data: ProductData = {
      code: row.code,
      nameZh: row.nameZh,
      nameEn: row.nameEn,
      issuer: row.issuer,
      type: row.type,
      currency: row.currency,
      issuerRiskRating: row.rr[0],
      riskRating: row.rr[1],
      assetClass: row.assetClass,
      // Bonds and notes issued abroad are foreign securities too, whatever their currency.
      isForeign: FOREIGN.has(row.type) || (row.currency !== 'TWD' && row.type !== 'insurance_linked'),
      isComplex: row.type === 'structured_note',
      fees: {
        frontLoadPercent: front,
        managementPercent: management,
        custodyPercent: custody,
        switchingFee: isFund(row.type) ? '同一基金公司旗下基金轉換，每次 NT$500' : null,
        earlyRedemption: isFund(row.type) ? '持有未滿 7 日贖回，收取 0.01% 短線交易費用' : null,
      },
      compensationDisclosure: COMPENSATION[row.type],
      maxLossStatement: maxLoss(row),
      dividendFromPrincipal: row.dividendFromPrincipal ?? false,
      riskDisclosureBlocks: [...DISCLOSURES[row.type]],
      launchDate: row.launchDate ?? null,
      expiryDate: row.expiryDate ?? null,
    };
    return { data, state: row.state ?? 'approved' };
  });
}
