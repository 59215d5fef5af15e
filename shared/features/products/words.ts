import type { AuditWords } from '../../ipc/define';

/**
 * The words for the product shelf's codes, in one place: the screens, the CSV/Excel codec, the
 * CLI and any document read them here. Each entry may list other spellings an import accepts.
 */

export interface ValueWords extends AuditWords {
  readonly aliases?: readonly string[];
}

export const PRODUCT_TYPES = [
  'fund_domestic',
  'fund_offshore',
  'etf',
  'stock_domestic',
  'stock_foreign',
  'bond',
  'structured_note',
  'insurance_linked',
] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];

export const PRODUCT_STATES = ['draft', 'approved', 'suspended', 'withdrawn'] as const;
export type ProductState = (typeof PRODUCT_STATES)[number];

/** The analytics engine's asset classes (resources/analytics/capital-market-assumptions.json ids). */
export const ASSET_CLASSES = [
  'tw_equity',
  'dm_equity',
  'em_equity',
  'tw_gov_bond',
  'global_ig_bond',
  'high_yield_bond',
  'reits',
  'gold',
  'usd_cash',
  'twd_cash',
] as const;
export type AssetClassId = (typeof ASSET_CLASSES)[number];

export const RISK_RATINGS = [1, 2, 3, 4, 5] as const;
export type RiskRating = (typeof RISK_RATINGS)[number];

export const PRODUCT_TYPE_WORDS: Readonly<Record<ProductType, ValueWords>> = {
  fund_domestic: { 'zh-TW': '境內基金', en: 'Domestic fund', aliases: ['國內基金'] },
  fund_offshore: { 'zh-TW': '境外基金', en: 'Offshore fund', aliases: ['海外基金'] },
  etf: { 'zh-TW': 'ETF', en: 'ETF', aliases: ['指數股票型基金'] },
  stock_domestic: { 'zh-TW': '國內股票', en: 'Domestic stock', aliases: ['台股', '臺股'] },
  stock_foreign: { 'zh-TW': '外國股票', en: 'Foreign stock', aliases: ['海外股票', '複委託'] },
  bond: { 'zh-TW': '債券', en: 'Bond' },
  structured_note: { 'zh-TW': '結構型商品', en: 'Structured note', aliases: ['結構型'] },
  insurance_linked: { 'zh-TW': '投資型保險', en: 'Insurance-linked', aliases: ['投資型保單'] },
};

export const PRODUCT_STATE_WORDS: Readonly<Record<ProductState, ValueWords>> = {
  draft: { 'zh-TW': '草稿', en: 'Draft' },
  approved: { 'zh-TW': '核准銷售', en: 'Approved for sale', aliases: ['核准', '上架', 'approved'] },
  suspended: { 'zh-TW': '暫停銷售', en: 'Suspended', aliases: ['暫停'] },
  withdrawn: { 'zh-TW': '已下架', en: 'Withdrawn', aliases: ['下架'] },
};

export const ASSET_CLASS_WORDS: Readonly<Record<AssetClassId, ValueWords>> = {
  tw_equity: { 'zh-TW': '台灣股票', en: 'Taiwan equity', aliases: ['臺灣股票'] },
  dm_equity: { 'zh-TW': '已開發市場股票', en: 'Developed-market equity' },
  em_equity: { 'zh-TW': '新興市場股票', en: 'Emerging-market equity' },
  tw_gov_bond: { 'zh-TW': '台灣公債', en: 'Taiwan government bonds', aliases: ['臺灣公債'] },
  global_ig_bond: { 'zh-TW': '全球投資級債券', en: 'Global investment-grade bonds' },
  high_yield_bond: { 'zh-TW': '高收益債券', en: 'High-yield bonds' },
  reits: { 'zh-TW': '不動產投資信託', en: 'REITs' },
  gold: { 'zh-TW': '黃金', en: 'Gold' },
  usd_cash: { 'zh-TW': '美元現金', en: 'USD cash' },
  twd_cash: { 'zh-TW': '台幣現金', en: 'TWD cash', aliases: ['臺幣現金'] },
};

/** RR1 (lowest) … RR5 (highest): the rating is written the same in both languages. */
export function riskRatingLabel(rating: number): string {
  return `RR${rating}`;
}

/** Every accepted spelling of each code: the code, both labels and the aliases, lower-cased. */
export function spellingsOf<T extends string>(words: Readonly<Record<T, ValueWords>>): Map<string, T> {
  const map = new Map<string, T>();
  for (const code of Object.keys(words) as T[]) {
    const w = words[code];
    for (const spelling of [code, w['zh-TW'], w.en, ...(w.aliases ?? [])]) {
      map.set(spelling.trim().toLowerCase(), code);
    }
  }
  return map;
}

/** A product's name in a language: the English name when there is one, else the Chinese. */
export function productName(
  product: { nameZh: string; nameEn: string | null },
  language: keyof AuditWords,
): string {
  return language === 'en' ? (product.nameEn ?? product.nameZh) : product.nameZh;
}
