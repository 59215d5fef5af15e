import type { AuditWords } from '../../ipc/define';
import type { ProposalFacts } from './schema';

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
  'holdings_missing_rate',
  'national_id_missing',
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
  holdings_missing_rate: {
    'zh-TW': '客戶持有部位的幣別缺少匯率，現況與可配置資產無法完整計算：請先於設定補上匯率',
    en: 'A currency the client holds has no exchange rate, so the current holdings cannot be valued in full: add the rate in Settings',
  },
  national_id_missing: {
    'zh-TW': '客戶尚未提供身分證字號：建議書須載明客戶身分，請先於客戶資料補上',
    en: 'The client has no national ID on file: a proposal identifies the client, so add it to the dossier first',
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

/** The suitability findings about the KYC's state, which presenting reports as one reason. */
const KYC_STATE_FINDINGS: ReadonlySet<string> = new Set([
  'kyc_none',
  'kyc_expired',
  'kyc_unconfirmed',
  'kyc_needs_review',
]);

/** Every reason the rules refuse presenting these facts (empty: it may be presented). */
export function presentRefusals(facts: ProposalFacts): PresentRefusalDetail[] {
  const reasons: PresentRefusalDetail[] = [];
  const codeOf = (productId: string | null) => facts.products.find((p) => p.id === productId)?.code ?? null;
  const add = (code: PresentRefusalDetail['code'], productId: string | null) => {
    const productCode = codeOf(productId);
    if (!reasons.some((r) => r.code === code && r.productCode === productCode))
      reasons.push({ code, productCode });
  };
  const { findings, kycState, elderly } = facts.suitability;
  if (kycState !== 'current') add('kyc_not_current', null);
  for (const finding of findings) {
    // The KYC state's own findings are the one reason above; kyc_not_elderly (a 65+ client whose
    // KYC lacks the elderly questions) is a block of its own, raised while the KYC is current.
    if (KYC_STATE_FINDINGS.has(finding.code)) continue;
    if (finding.severity === 'block')
      add(finding.productId ? 'product_blocked' : 'suitability_blocked', finding.productId);
    if (finding.severity === 'needs_approval') add('override_missing', finding.productId);
  }
  for (const product of facts.products)
    if (product.state !== 'approved') add('product_not_approved', product.id);
  if (facts.holdings.missingRates.length > 0) add('holdings_missing_rate', null);
  // A prospect may be on file without an ID; a presented proposal names the client by it.
  if (facts.client.nationalIdMasked === '') add('national_id_missing', null);
  const overridden = new Set(findings.filter((f) => f.severity === 'overridden').map((f) => f.productId));
  for (const item of facts.content.items) {
    const needs = elderly || overridden.has(item.productId);
    if (needs && !item.rationale?.trim()) add('rationale_missing', item.productId);
  }
  return reasons;
}
