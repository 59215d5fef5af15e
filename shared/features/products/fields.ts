import type { AuditWords } from '../../ipc/define';
import {
  ASSET_CLASS_WORDS,
  PRODUCT_STATE_WORDS,
  PRODUCT_TYPE_WORDS,
  RISK_RATINGS,
  riskRatingLabel,
  type AssetClassId,
  type ProductState,
  type ProductType,
  type RiskRating,
  type ValueWords,
} from './words';

/**
 * The product field registry: each field's label in both languages and, for the fields in the
 * CSV/Excel file, its column header and the other headers an import accepts. The screens, the
 * codec, the KYP notes log (which names changed fields) and docs/products-format.md (tested) read
 * it, so a field has one name everywhere. Fee fields are flat here (frontLoadPercent, not
 * fees.frontLoadPercent): a spreadsheet has no nesting.
 */

interface FieldSpec {
  readonly label: AuditWords;
  /** The header an export writes and the other headers an import accepts; null: not in the file. */
  readonly column: { readonly header: string; readonly aliases: readonly string[] } | null;
}

const column = (header: string, ...aliases: string[]) => ({ header, aliases });

/** In the order of the form, the detail page and the file's columns. */
const FIELDS = {
  code: { label: { 'zh-TW': '商品代號', en: 'Code' }, column: column('code', '代號', '代碼') },
  nameZh: { label: { 'zh-TW': '中文名稱', en: 'Name (Chinese)' }, column: column('name_zh', '商品名稱') },
  nameEn: { label: { 'zh-TW': '英文名稱', en: 'Name (English)' }, column: column('name_en') },
  issuer: { label: { 'zh-TW': '發行機構', en: 'Issuer' }, column: column('issuer', '發行公司', '基金公司') },
  type: { label: { 'zh-TW': '商品類型', en: 'Type' }, column: column('type', '類型') },
  currency: { label: { 'zh-TW': '計價幣別', en: 'Currency' }, column: column('currency', '幣別') },
  issuerRiskRating: {
    label: { 'zh-TW': '發行機構風險等級', en: "Issuer's risk rating" },
    column: column('issuer_rr', '發行機構評等'),
  },
  riskRating: {
    label: { 'zh-TW': '公司風險等級', en: "Firm's risk rating" },
    column: column('rr', '風險等級', 'RR'),
  },
  assetClass: { label: { 'zh-TW': '資產類別', en: 'Asset class' }, column: column('asset_class') },
  isForeign: {
    label: { 'zh-TW': '外國有價證券', en: 'Foreign security' },
    column: column('is_foreign', '境外'),
  },
  isComplex: {
    label: { 'zh-TW': '複雜性高商品', en: 'Complex product' },
    column: column('is_complex', '複雜商品'),
  },
  frontLoadPercent: {
    label: { 'zh-TW': '申購手續費（%）', en: 'Front-end load (%)' },
    column: column('front_load_percent', '申購手續費'),
  },
  managementPercent: {
    label: { 'zh-TW': '經理費（年 %）', en: 'Management fee (% a year)' },
    column: column('management_percent', '經理費'),
  },
  custodyPercent: {
    label: { 'zh-TW': '保管費／信託管理費（年 %）', en: 'Custody or trust fee (% a year)' },
    column: column('custody_percent', '保管費', '信託管理費'),
  },
  switchingFee: { label: { 'zh-TW': '轉換費', en: 'Switching fee' }, column: column('switching_fee') },
  earlyRedemption: {
    label: { 'zh-TW': '提前贖回費用', en: 'Early redemption' },
    column: column('early_redemption', '短線交易費用'),
  },
  compensationDisclosure: {
    label: { 'zh-TW': '通路報酬揭露', en: 'Compensation disclosure' },
    column: column('compensation_disclosure', '通路報酬'),
  },
  maxLossStatement: {
    label: { 'zh-TW': '最大可能損失', en: 'Maximum loss' },
    column: column('max_loss_statement', '最大損失'),
  },
  dividendFromPrincipal: {
    label: { 'zh-TW': '配息可能來自本金', en: 'Dividends may come from principal' },
    column: column('dividend_from_principal', '配息來自本金'),
  },
  riskDisclosureBlocks: {
    label: { 'zh-TW': '風險揭露', en: 'Risk disclosures' },
    column: column('risk_disclosures', '風險預告'),
  },
  launchDate: {
    label: { 'zh-TW': '上市／成立日', en: 'Launch date' },
    column: column('launch_date', '成立日'),
  },
  expiryDate: { label: { 'zh-TW': '到期日', en: 'Expiry date' }, column: column('expiry_date') },
  state: { label: { 'zh-TW': '銷售狀態', en: 'State' }, column: column('state', '上架狀態') },
  stateChangedBy: { label: { 'zh-TW': '狀態變更人', en: 'State set by' }, column: null },
  stateChangedAt: { label: { 'zh-TW': '狀態變更時間', en: 'State set at' }, column: null },
  isDemo: { label: { 'zh-TW': '示範資料', en: 'Demo data' }, column: null },
  updatedAt: { label: { 'zh-TW': '最後更新', en: 'Last changed' }, column: null },
} as const satisfies Record<string, FieldSpec>;

export type ProductFieldKey = keyof typeof FIELDS;
export const PRODUCT_FIELD_KEYS = Object.keys(FIELDS) as ProductFieldKey[];

/** The fees live under `fees` in a Product; the registry names them flat. */
export const FEE_FIELD_KEYS = [
  'frontLoadPercent',
  'managementPercent',
  'custodyPercent',
  'switchingFee',
  'earlyRedemption',
] as const satisfies readonly ProductFieldKey[];

export function productFieldLabel(key: ProductFieldKey, language: keyof AuditWords): string {
  return FIELDS[key].label[language];
}

/** A field key as stored in a KYP note, in words; an unknown key (from a newer version) as written. */
export function productFieldWords(key: string, language: keyof AuditWords): string {
  return Object.hasOwn(FIELDS, key) ? FIELDS[key as ProductFieldKey].label[language] : key;
}

export interface ProductColumn {
  key: ProductFieldKey;
  header: string;
  /** Every header an import accepts for it: the header, both labels and the aliases. */
  accepted: readonly string[];
  label: AuditWords;
}

/** The file's columns, in export order. */
export const PRODUCT_COLUMNS: readonly ProductColumn[] = PRODUCT_FIELD_KEYS.flatMap((key) => {
  const spec: FieldSpec = FIELDS[key];
  return spec.column
    ? [
        {
          key,
          header: spec.column.header,
          accepted: [spec.column.header, spec.label['zh-TW'], spec.label.en, ...spec.column.aliases],
          label: spec.label,
        },
      ]
    : [];
});

// ---------------------------------------------------------------------------------------------
// As i18next messages: `product.<field>`, `productType.<code>`, `productState.<code>`,
// `assetClass.<code>`, `rr.<n>`.

function valueMessages(
  prefix: string,
  words: Readonly<Record<string, ValueWords>>,
  language: keyof AuditWords,
) {
  return Object.entries(words).map(([code, w]) => [`${prefix}.${code}`, w[language]] as const);
}

export type ProductLabelMessages = { [K in ProductFieldKey as `product.${K}`]: string } & {
  [K in ProductType as `productType.${K}`]: string;
} & { [K in ProductState as `productState.${K}`]: string } & {
  [K in AssetClassId as `assetClass.${K}`]: string;
} & { [K in RiskRating as `rr.${K}`]: string };

export function productLabelMessages(language: keyof AuditWords): ProductLabelMessages {
  return Object.fromEntries([
    ...PRODUCT_FIELD_KEYS.map((key) => [`product.${key}`, FIELDS[key].label[language]] as const),
    ...valueMessages('productType', PRODUCT_TYPE_WORDS, language),
    ...valueMessages('productState', PRODUCT_STATE_WORDS, language),
    ...valueMessages('assetClass', ASSET_CLASS_WORDS, language),
    ...RISK_RATINGS.map((n) => [`rr.${n}`, riskRatingLabel(n)] as const),
  ]) as ProductLabelMessages;
}
