import type { AuditWords } from '../../ipc/define';

/**
 * Why a proposal may not be presented (or decided), in words for every front end. The core sends
 * the codes (with the product code where one is named) in the error's details.
 */
export const PRESENT_REFUSALS = [
  'kyc_not_current',
  'suitability_blocked',
  'product_blocked',
  'product_not_approved',
  'override_missing',
  'rationale_missing',
] as const;
export type PresentRefusal = (typeof PRESENT_REFUSALS)[number];

export const PRESENT_REFUSAL_WORDS: Readonly<Record<PresentRefusal, AuditWords>> = {
  kyc_not_current: {
    'zh-TW': '客戶的風險屬性評估（KYC）不在有效期內或尚未確認，須先重新評估',
    en: "The client's KYC is not current (expired, unconfirmed or under review)",
  },
  suitability_blocked: {
    'zh-TW': '適合度檢核結果為不得推介',
    en: 'The suitability check blocks this proposal',
  },
  product_blocked: {
    'zh-TW': '商品經適合度檢核不得推介',
    en: 'A product is blocked by the suitability check',
  },
  product_not_approved: {
    'zh-TW': '商品目前非核准銷售狀態（暫停、下架或草稿）',
    en: 'A product is not approved for sale on the shelf',
  },
  override_missing: {
    'zh-TW': '須主管核准的適合度例外尚未核准',
    en: 'A finding that needs approval has no approved override',
  },
  rationale_missing: {
    'zh-TW': '缺少推介理由（65 歲以上客戶的每項商品，及適用例外核准的商品皆須填寫）',
    en: 'A 推介理由 (recommendation rationale) is missing where the rules require one',
  },
};

export interface PresentRefusalDetail {
  code: PresentRefusal;
  /** The product's shelf code, when the reason is about one product. */
  productCode: string | null;
}

/** The zh-TW (or English) sentence naming each reason, e.g. for the CLI and the error dialog. */
export function refusalText(reasons: readonly PresentRefusalDetail[], language: keyof AuditWords): string {
  return reasons
    .map((r) =>
      r.productCode
        ? `${r.productCode}：${PRESENT_REFUSAL_WORDS[r.code][language]}`
        : PRESENT_REFUSAL_WORDS[r.code][language],
    )
    .join('；');
}
