import type { AuditWords } from '../../ipc/define';
import type { FindingCode, OverrideStatus, RuleId, Severity, Verdict } from './schema';

/** The suitability feature's labels, once: the screen, the PDF and the CLI read these. */

export const SEVERITY_WORDS: Readonly<Record<Severity, AuditWords>> = {
  block: { 'zh-TW': '禁止', en: 'Blocked' },
  needs_approval: { 'zh-TW': '須主管核准', en: 'Needs approval' },
  warning: { 'zh-TW': '提醒', en: 'Warning' },
  overridden: { 'zh-TW': '已核准例外', en: 'Overridden' },
};

export const VERDICT_WORDS: Readonly<Record<Verdict, AuditWords>> = {
  blocked: { 'zh-TW': '不得推介', en: 'Blocked' },
  needs_approval: { 'zh-TW': '須主管核准後方可推介', en: 'Needs approval' },
  ok: { 'zh-TW': '適合推介', en: 'Suitable' },
};

export const OVERRIDE_STATUS_WORDS: Readonly<Record<OverrideStatus, AuditWords>> = {
  pending: { 'zh-TW': '待核准', en: 'Awaiting approval' },
  approved: { 'zh-TW': '已核准', en: 'Approved' },
  rejected: { 'zh-TW': '已駁回', en: 'Rejected' },
};

/** A finding's name, without its numbers (the audit trail names a finding by its code only). */
export const FINDING_CODE_WORDS: Readonly<Record<FindingCode, AuditWords>> = {
  kyc_none: { 'zh-TW': '未完成風險屬性評估', en: 'No risk profile' },
  kyc_expired: { 'zh-TW': '風險屬性評估已到期', en: 'Risk profile expired' },
  kyc_unconfirmed: { 'zh-TW': '客戶未確認風險屬性', en: 'Risk profile not confirmed' },
  kyc_needs_review: { 'zh-TW': '風險屬性評估待覆核', en: 'Risk profile awaits review' },
  kyc_not_elderly: { 'zh-TW': '高齡客戶未做高齡評估', en: 'No elderly KYC for a 65+ client' },
  grade_scale_changed: { 'zh-TW': '客戶等級依舊制評定', en: 'Grade on the former scale' },
  grade_exceeded: { 'zh-TW': '商品風險高於客戶等級', en: 'Product risk above the grade' },
  product_not_approved: { 'zh-TW': '商品未核准銷售', en: 'Product not approved for sale' },
  product_expired: { 'zh-TW': '商品已過銷售期限', en: 'Product past its expiry date' },
  complex_not_eligible: { 'zh-TW': '複雜性商品不符投資人類別', en: 'Complex product not for this class' },
  age_unknown: { 'zh-TW': '未填出生日期', en: 'Birth date missing' },
  elderly_foreign_proactive: { 'zh-TW': '高齡客戶主動推介境外商品', en: 'Foreign security proposed to 65+' },
  elderly_foreign_client_initiated: {
    'zh-TW': '高齡客戶主動要求境外商品',
    en: 'Foreign security asked for by 65+',
  },
  elderly_rationale_missing: { 'zh-TW': '高齡客戶未填推介理由', en: 'Rationale missing for 65+' },
  elderly_high_risk_review: { 'zh-TW': '高齡客戶高風險商品須覆核', en: 'High risk for 65+ needs review' },
  concentration_product: { 'zh-TW': '單一商品集中度', en: 'Concentration in one product' },
  concentration_issuer: { 'zh-TW': '單一發行機構集中度', en: 'Concentration in one issuer' },
  concentration_rr5: { 'zh-TW': 'RR5 商品集中度', en: 'Concentration in RR5' },
  concentration_foreign_currency: { 'zh-TW': '單一外幣集中度', en: 'Concentration in one foreign currency' },
};

/** The rules a finding comes from, in words (the finding's source line; the id stays for staff). */
export const RULE_WORDS: Readonly<Record<RuleId, AuditWords>> = {
  'kyc.current': { 'zh-TW': '風險屬性評估須有效且已確認', en: 'A current, confirmed risk profile' },
  'grade.scale': { 'zh-TW': '客戶等級制度', en: 'The grade scale' },
  'grade.matrix': { 'zh-TW': '客戶等級與商品風險對照', en: 'Client grade against product risk' },
  'elderly.age': { 'zh-TW': '高齡客戶年齡', en: "The 65+ client's age" },
  'elderly.kyc': { 'zh-TW': '高齡客戶須做高齡評估', en: 'An elderly KYC for 65+ clients' },
  'elderly.foreign': { 'zh-TW': '高齡客戶境外商品', en: 'Foreign securities for 65+' },
  'elderly.rationale': { 'zh-TW': '高齡客戶推介理由', en: 'Written rationale for 65+' },
  'elderly.review': { 'zh-TW': '高齡客戶高風險商品覆核', en: 'Supervisor review of high risk for 65+' },
  'product.approved': { 'zh-TW': '商品須核准銷售', en: 'Products approved for sale' },
  'product.term': { 'zh-TW': '商品須在銷售期限內', en: 'Products within their sale term' },
  'complex.eligibility': { 'zh-TW': '複雜性商品適用對象', en: 'Who may be offered complex products' },
  'concentration.product': { 'zh-TW': '單一商品集中度', en: 'Concentration in one product' },
  'concentration.issuer': { 'zh-TW': '單一發行機構集中度', en: 'Concentration in one issuer' },
  'concentration.rr5': { 'zh-TW': 'RR5 商品集中度', en: 'Concentration in RR5' },
  'concentration.currency': { 'zh-TW': '單一外幣集中度', en: 'Concentration in one foreign currency' },
};

/** Why the core refused an override (details.reason of the error), in words. */
export const OVERRIDE_REFUSALS = {
  block_not_overridable: {
    'zh-TW': '「禁止」類的檢核結果不得以例外核准推介，請先排除原因（例如更新 KYC 或更換商品）。',
    en: 'A blocking finding cannot be overridden; remove its cause first (for example renew the KYC or change the product).',
  },
  not_approvable: {
    'zh-TW': '此檢核結果不需要核准，無須申請例外。',
    en: 'This finding does not need approval, so there is nothing to override.',
  },
  finding_not_in_check: {
    'zh-TW': '此次檢核沒有這項結果，請重新檢核後再申請。',
    en: 'The check has no such finding; run the check again and retry.',
  },
  already_requested: {
    'zh-TW': '這項結果已有待核准或已核准的例外申請。',
    en: 'This finding already has an override awaiting approval or approved.',
  },
  not_pending: {
    'zh-TW': '此例外申請已核准或駁回，不能再變更。',
    en: 'This override was already approved or rejected.',
  },
} as const satisfies Record<string, AuditWords>;
export type OverrideRefusal = keyof typeof OVERRIDE_REFUSALS;

/** What a finding's words are made of: numbers, the product's code, the grade in words. */
export interface FindingParams {
  product?: string;
  rr?: number;
  max?: number;
  grade?: AuditWords;
  share?: number;
  limit?: number;
  age?: number;
  issuer?: string;
  currency?: string;
  day?: string;
  state?: AuditWords;
}

const pct = (value: number | undefined) => `${Number((value ?? 0).toFixed(1))}%`;

type Words = (p: FindingParams) => AuditWords;

export const FINDING_WORDS: Readonly<Record<FindingCode, Words>> = {
  kyc_none: () => ({
    'zh-TW': '客戶尚未完成風險屬性評估（KYC），不得推介任何商品。',
    en: 'The client has no risk profile (KYC): nothing may be recommended.',
  }),
  kyc_expired: (p) => ({
    'zh-TW': `客戶風險屬性評估已於 ${p.day} 到期，須重新評估後才能推介。`,
    en: `The client's risk profile expired on ${p.day}: reassess before recommending anything.`,
  }),
  kyc_unconfirmed: () => ({
    'zh-TW': '客戶尚未確認風險屬性評估結果（簽名、蓋章或電子確認），不得推介。',
    en: 'The client has not confirmed the risk profile (signature, seal or electronic): nothing may be recommended.',
  }),
  kyc_needs_review: () => ({
    'zh-TW': '風險屬性評估答案前後不一致，須覆核後才能推介。',
    en: 'The risk profile has inconsistent answers and awaits review: nothing may be recommended.',
  }),
  kyc_not_elderly: (p) => ({
    'zh-TW': `客戶已 ${p.age} 歲（${p.limit} 歲以上），現行風險屬性評估未含高齡關懷題目，須重新評估後才能推介。`,
    en: `The client is ${p.age} (${p.limit} or over) and the risk profile was taken without the elderly questions: reassess before recommending anything.`,
  }),
  grade_scale_changed: (p) => ({
    'zh-TW': `客戶等級「${p.grade?.['zh-TW']}」依舊的等級制度評定，建議重新評估。`,
    en: `The grade "${p.grade?.en}" was given on the firm's former scale: reassessment is advised.`,
  }),
  grade_exceeded: (p) => ({
    'zh-TW': `${p.product} 為 RR${p.rr}，高於客戶等級「${p.grade?.['zh-TW']}」可推介的 RR${p.max}。`,
    en: `${p.product} is RR${p.rr}, above RR${p.max}, the highest for grade "${p.grade?.en}".`,
  }),
  product_not_approved: (p) => ({
    'zh-TW': `${p.product} 目前為「${p.state?.['zh-TW']}」，未核准銷售，不得推介。`,
    en: `${p.product} is ${p.state?.en.toLowerCase()}, not approved for sale: it may not be recommended.`,
  }),
  product_expired: (p) => ({
    'zh-TW': `${p.product} 已於 ${p.day} 屆期，不得推介。`,
    en: `${p.product} expired on ${p.day}: it may not be recommended.`,
  }),
  complex_not_eligible: (p) => ({
    'zh-TW': `${p.product} 為複雜性商品，僅限專業投資人或公司設定的投資人類別。`,
    en: `${p.product} is a complex product, only for the investor classes the firm allows.`,
  }),
  age_unknown: () => ({
    'zh-TW': '客戶未填出生日期，無法判斷是否適用 65 歲以上高齡客戶規則。',
    en: "The client's birth date is missing, so the 65+ rules could not be checked.",
  }),
  elderly_foreign_proactive: (p) => ({
    'zh-TW': `客戶 ${p.age} 歲（高齡），不得主動推介境外商品 ${p.product}；僅客戶主動要求時可受理。`,
    en: `The client is ${p.age} (65+): the foreign security ${p.product} may not be proposed, only sold if the client asks.`,
  }),
  elderly_foreign_client_initiated: (p) => ({
    'zh-TW': `境外商品 ${p.product} 由高齡客戶主動要求，請留存客戶主動要求的紀錄。`,
    en: `The 65+ client asked for the foreign security ${p.product}: keep a record that the request was theirs.`,
  }),
  elderly_rationale_missing: (p) => ({
    'zh-TW': `客戶 ${p.age} 歲（高齡），${p.product} 須填寫推介理由。`,
    en: `The client is ${p.age} (65+): write the rationale (推介理由) for ${p.product}.`,
  }),
  elderly_high_risk_review: (p) => ({
    'zh-TW': `客戶 ${p.age} 歲（高齡），${p.product} 為 RR${p.rr}（RR${p.limit} 以上），須主管覆核。`,
    en: `The client is ${p.age} (65+) and ${p.product} is RR${p.rr} (RR${p.limit} or above): a supervisor must review it.`,
  }),
  concentration_product: (p) => ({
    'zh-TW': `${p.product} 佔 ${pct(p.share)}，超過單一商品上限 ${pct(p.limit)}。`,
    en: `${p.product} is ${pct(p.share)} of the set, above the ${pct(p.limit)} limit for one product.`,
  }),
  concentration_issuer: (p) => ({
    'zh-TW': `發行機構「${p.issuer}」合計佔 ${pct(p.share)}，超過單一發行機構上限 ${pct(p.limit)}。`,
    en: `Issuer "${p.issuer}" is ${pct(p.share)} of the set, above the ${pct(p.limit)} limit for one issuer.`,
  }),
  concentration_rr5: (p) => ({
    'zh-TW': `RR5 商品合計佔 ${pct(p.share)}，超過上限 ${pct(p.limit)}。`,
    en: `RR5 products are ${pct(p.share)} of the set, above the ${pct(p.limit)} limit.`,
  }),
  concentration_foreign_currency: (p) => ({
    'zh-TW': `${p.currency} 計價商品合計佔 ${pct(p.share)}，超過單一外幣上限 ${pct(p.limit)}。`,
    en: `Products in ${p.currency} are ${pct(p.share)} of the set, above the ${pct(p.limit)} limit for one foreign currency.`,
  }),
};
