import type { ProductInput } from '../../../../shared/features/products';

/** A valid product; `code` should differ between products of one shelf. */
export function productInput(overrides: Partial<ProductInput> = {}): ProductInput {
  return {
    code: 'TEST01',
    nameZh: '測試全球股票基金',
    nameEn: 'Test Global Equity Fund',
    issuer: '測試投信',
    type: 'fund_domestic',
    currency: 'TWD',
    issuerRiskRating: 3,
    riskRating: 4,
    assetClass: 'dm_equity',
    isForeign: false,
    isComplex: false,
    fees: {
      frontLoadPercent: 3,
      managementPercent: 1.5,
      custodyPercent: 0.14,
      switchingFee: 'NT$500 / 次',
      earlyRedemption: '持有未滿 7 日收取 0.01%',
    },
    compensationDisclosure: '經理費分成年率 0.6%',
    maxLossStatement: '最大可能損失為全部投資本金。',
    dividendFromPrincipal: true,
    riskDisclosureBlocks: ['基金不受存款保險保障。', '以往績效不保證未來收益。'],
    launchDate: '2020-01-02',
    expiryDate: null,
    ...overrides,
  };
}

/** The header every test file uses, in the export's order. */
export const HEADER =
  'code,name_zh,name_en,issuer,type,currency,issuer_rr,rr,asset_class,is_foreign,is_complex,front_load_percent,management_percent,custody_percent,switching_fee,early_redemption,compensation_disclosure,max_loss_statement,dividend_from_principal,risk_disclosures,launch_date,expiry_date,state';

/** One CSV row with these cells changed (by header). */
export function csvRow(overrides: Record<string, string> = {}): string {
  const cells: Record<string, string> = {
    code: 'F001',
    name_zh: '測試基金',
    name_en: 'Test Fund',
    issuer: '測試投信',
    type: 'fund_domestic',
    currency: 'TWD',
    issuer_rr: 'RR3',
    rr: 'RR3',
    asset_class: 'tw_equity',
    is_foreign: 'N',
    is_complex: 'N',
    front_load_percent: '3',
    management_percent: '1.5',
    custody_percent: '0.14',
    switching_fee: '',
    early_redemption: '',
    compensation_disclosure: '',
    max_loss_statement: '',
    dividend_from_principal: 'N',
    risk_disclosures: '',
    launch_date: '2021-03-01',
    expiry_date: '',
    state: 'approved',
    ...overrides,
  };
  return HEADER.split(',')
    .map((h) => cells[h]!)
    .join(',');
}
