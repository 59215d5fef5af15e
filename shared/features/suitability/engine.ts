import type { AuditWords } from '../../ipc/define';
import { gradeLabel, kycStateOn, type GradeScale, type KycProfile, type KycState } from '../kyc';
import type { InvestorClass } from '../investor-classes';
import type {
  CheckedProduct,
  Finding,
  FindingCode,
  RuleId,
  Severity,
  SettingUsed,
  SuitabilityItem,
  SuitabilityProduct,
  SuitabilityResult,
  Verdict,
} from './schema';
import type { SuitabilitySettings } from './settings';
import { PRODUCT_STATE_WORDS } from '../products';
import { FINDING_WORDS, type FindingParams } from './words';

/**
 * The suitability engine (適合度): pure, the same code for the screen, the PDF and the CLI. Every
 * threshold is a setting and every finding names the setting and value that produced it.
 *
 * Decisions the rules encode (domain.md leaves them to the firm):
 * - No, expired, unconfirmed or review-flagged KYC blocks every product (a set-level finding).
 * - Outside the grade needs approval (an override with a written reason and a supervisor's
 *   approval); it never passes silently.
 * - 65+: a foreign security is blocked unless the item says the client asked for it, which is
 *   then a warning to keep that record; a missing 推介理由 blocks the product until written;
 *   RR at or above `elderly.supervisorReviewFromRisk` needs approval. A client is 65+ by age on
 *   the day, or when the KYC was taken with the elderly questions.
 * - Exceptions by class: complex products only for `complexProductClasses`; concentration
 *   limits are warnings for `concentration.warningOnlyClasses`. Nothing else is relaxed.
 * - Concentration is measured over the proposed set (domain.md: "in a proposal"); a limit
 *   reached exactly passes.
 */

export interface ClientFacts {
  profile: KycProfile | null;
  /** Age on the day of the check; null when the birth date is unknown (or a legal entity). */
  age: number | null;
  investorClass: InvestorClass;
}

export interface ProposedItem {
  product: SuitabilityProduct;
  item: SuitabilityItem;
}

export interface RuleSettings {
  suitability: SuitabilitySettings;
  elderlyAge: number;
  /** The firm's current grade scale; a profile on another scale is flagged for reassessment. */
  gradeScale: GradeScale;
}

/**
 * An approved override: it resolves the needs-approval finding with the same code, product and
 * subject and the same words, which carry the figures the supervisor approved (the RR, the grade,
 * the share, the limit): a product re-rated higher or a larger share is a new finding.
 */
export interface ApprovedOverride {
  id: string;
  code: FindingCode;
  productId: string | null;
  subject: string | null;
  message: AuditWords;
}

export interface SuitabilityInput {
  day: string;
  client: ClientFacts;
  items: readonly ProposedItem[];
  settings: RuleSettings;
  overrides?: readonly ApprovedOverride[];
}

const KYC_BLOCKS: Readonly<Record<Exclude<KycState, 'current'>, FindingCode>> = {
  none: 'kyc_none',
  expired: 'kyc_expired',
  unconfirmed: 'kyc_unconfirmed',
  needs_review: 'kyc_needs_review',
};

interface Draft {
  code: FindingCode;
  severity: Exclude<Severity, 'overridden'>;
  rule: RuleId;
  settings: SettingUsed[];
  productId: string | null;
  subject?: string;
  params?: FindingParams;
}

export function checkSuitability(input: SuitabilityInput): SuitabilityResult {
  const { day, client, settings } = input;
  const rules = settings.suitability;
  const drafts: Draft[] = [];
  const kycState = kycStateOn(client.profile, day);
  if (kycState !== 'current') {
    drafts.push({
      code: KYC_BLOCKS[kycState],
      severity: 'block',
      rule: 'kyc.current',
      settings: [],
      productId: null,
      params: { day: client.profile?.validUntil ?? '' },
    });
  }
  const grade = client.profile?.grade ?? null;
  if (grade && grade.scale !== settings.gradeScale) {
    drafts.push({
      code: 'grade_scale_changed',
      severity: 'warning',
      rule: 'grade.scale',
      settings: [{ path: 'kyc.gradeScale', value: settings.gradeScale }],
      productId: null,
      params: { grade: wordsOfGrade(grade) },
    });
  }
  const elderly =
    (client.age !== null && client.age >= settings.elderlyAge) || client.profile?.elderly === true;
  if (client.age === null && !elderly && client.investorClass !== 'professional_entity') {
    drafts.push({
      code: 'age_unknown',
      severity: 'warning',
      rule: 'elderly.age',
      settings: [],
      productId: null,
    });
  }
  // A profile taken before the client reached the elderly age lacks the 65+ questions.
  if (
    kycState === 'current' &&
    client.age !== null &&
    client.age >= settings.elderlyAge &&
    !client.profile?.elderly
  ) {
    drafts.push({
      code: 'kyc_not_elderly',
      severity: 'block',
      rule: 'elderly.kyc',
      settings: [{ path: 'kyc.elderlyAge', value: settings.elderlyAge }],
      productId: null,
      params: { age: client.age, limit: settings.elderlyAge },
    });
  }
  const shares = sharesOf(input.items);
  input.items.forEach(({ product, item }, index) => {
    const productId = product.id;
    const label = product.code;
    if (product.state !== 'approved') {
      drafts.push({
        code: 'product_not_approved',
        severity: 'block',
        rule: 'product.approved',
        settings: [],
        productId,
        params: { product: label, state: PRODUCT_STATE_WORDS[product.state] },
      });
    }
    if (product.expiryDate !== null && product.expiryDate < day) {
      drafts.push({
        code: 'product_expired',
        severity: 'block',
        rule: 'product.term',
        settings: [],
        productId,
        params: { product: label, day: product.expiryDate },
      });
    }
    if (product.isComplex && !rules.complexProductClasses.includes(client.investorClass)) {
      drafts.push({
        code: 'complex_not_eligible',
        severity: 'block',
        rule: 'complex.eligibility',
        settings: [{ path: 'suitability.complexProductClasses', value: [...rules.complexProductClasses] }],
        productId,
        params: { product: label },
      });
    }
    if (grade) {
      const max = rules.maxRiskByGrade[grade.scale][grade.level - 1] ?? 0;
      if (product.riskRating > max) {
        drafts.push({
          code: 'grade_exceeded',
          severity: 'needs_approval',
          rule: 'grade.matrix',
          settings: [{ path: `suitability.maxRiskByGrade.${grade.scale}[${grade.level - 1}]`, value: max }],
          productId,
          params: { product: label, rr: product.riskRating, max, grade: wordsOfGrade(grade) },
        });
      }
    }
    if (elderly) drafts.push(...elderlyFindings(product, item, client.age, settings));
    const share = shares[index] ?? 0;
    if (share > rules.concentration.maxProductPercent) {
      drafts.push({
        ...concentration(client, rules, 'concentration_product', 'maxProductPercent'),
        productId,
        params: { product: label, share, limit: rules.concentration.maxProductPercent },
      });
    }
  });
  drafts.push(...setConcentration(input.items, shares, client, rules));
  const findings = drafts.map((draft) => resolve(draft, input.overrides ?? []));
  return {
    verdict: verdictOf(findings),
    kycState,
    elderly,
    products: input.items.map(({ product }, index) => checkedProduct(product, shares[index] ?? 0)),
    findings,
  };
}

function wordsOfGrade(grade: NonNullable<KycProfile['grade']>): AuditWords {
  return { 'zh-TW': gradeLabel(grade, 'zh-TW'), en: gradeLabel(grade, 'en') };
}

function elderlyFindings(
  product: SuitabilityProduct,
  item: SuitabilityItem,
  age: number | null,
  settings: RuleSettings,
): Draft[] {
  const rules = settings.suitability.elderly;
  const ageSetting: SettingUsed = { path: 'kyc.elderlyAge', value: settings.elderlyAge };
  const params: FindingParams = {
    product: product.code,
    age: age ?? settings.elderlyAge,
    rr: product.riskRating,
  };
  const found: Draft[] = [];
  const productId = product.id;
  if (rules.noProactiveForeign && product.isForeign) {
    found.push({
      code: item.clientInitiated ? 'elderly_foreign_client_initiated' : 'elderly_foreign_proactive',
      severity: item.clientInitiated ? 'warning' : 'block',
      rule: 'elderly.foreign',
      settings: [ageSetting, { path: 'suitability.elderly.noProactiveForeign', value: true }],
      productId,
      params,
    });
  }
  if (rules.rationaleRequired && !item.rationale) {
    found.push({
      code: 'elderly_rationale_missing',
      severity: 'block',
      rule: 'elderly.rationale',
      settings: [ageSetting, { path: 'suitability.elderly.rationaleRequired', value: true }],
      productId,
      params,
    });
  }
  if (product.riskRating >= rules.supervisorReviewFromRisk) {
    found.push({
      code: 'elderly_high_risk_review',
      severity: 'needs_approval',
      rule: 'elderly.review',
      settings: [
        ageSetting,
        { path: 'suitability.elderly.supervisorReviewFromRisk', value: rules.supervisorReviewFromRisk },
      ],
      productId,
      params: { ...params, limit: rules.supervisorReviewFromRisk },
    });
  }
  return found;
}

type LimitKey = 'maxProductPercent' | 'maxIssuerPercent' | 'maxRr5Percent' | 'maxForeignCurrencyPercent';

const CONCENTRATION_RULES: Readonly<Record<LimitKey, RuleId>> = {
  maxProductPercent: 'concentration.product',
  maxIssuerPercent: 'concentration.issuer',
  maxRr5Percent: 'concentration.rr5',
  maxForeignCurrencyPercent: 'concentration.currency',
};

/** A concentration finding's severity, rule and settings: a warning for the classes the firm exempts. */
function concentration(
  client: ClientFacts,
  rules: SuitabilitySettings,
  code: FindingCode,
  limit: LimitKey,
): Omit<Draft, 'productId'> {
  const exempt = rules.concentration.warningOnlyClasses.includes(client.investorClass);
  const used: SettingUsed[] = [
    { path: `suitability.concentration.${limit}`, value: rules.concentration[limit] },
  ];
  if (exempt) {
    used.push({
      path: 'suitability.concentration.warningOnlyClasses',
      value: [...rules.concentration.warningOnlyClasses],
    });
  }
  return {
    code,
    severity: exempt ? 'warning' : 'needs_approval',
    rule: CONCENTRATION_RULES[limit],
    settings: used,
  };
}

function setConcentration(
  items: readonly ProposedItem[],
  shares: readonly number[],
  client: ClientFacts,
  rules: SuitabilitySettings,
): Draft[] {
  const limits = rules.concentration;
  const byIssuer = new Map<string, number>();
  const byCurrency = new Map<string, number>();
  let rr5 = 0;
  items.forEach(({ product }, index) => {
    const share = shares[index] ?? 0;
    byIssuer.set(product.issuer, (byIssuer.get(product.issuer) ?? 0) + share);
    if (product.currency !== 'TWD')
      byCurrency.set(product.currency, (byCurrency.get(product.currency) ?? 0) + share);
    if (product.riskRating === 5) rr5 += share;
  });
  const found: Draft[] = [];
  for (const [issuer, share] of byIssuer) {
    if (share > limits.maxIssuerPercent) {
      found.push({
        ...concentration(client, rules, 'concentration_issuer', 'maxIssuerPercent'),
        productId: null,
        subject: issuer,
        params: { issuer, share, limit: limits.maxIssuerPercent },
      });
    }
  }
  if (rr5 > limits.maxRr5Percent) {
    found.push({
      ...concentration(client, rules, 'concentration_rr5', 'maxRr5Percent'),
      productId: null,
      params: { share: rr5, limit: limits.maxRr5Percent },
    });
  }
  for (const [currency, share] of byCurrency) {
    if (share > limits.maxForeignCurrencyPercent) {
      found.push({
        ...concentration(client, rules, 'concentration_foreign_currency', 'maxForeignCurrencyPercent'),
        productId: null,
        subject: currency,
        params: { currency, share, limit: limits.maxForeignCurrencyPercent },
      });
    }
  }
  return found;
}

/**
 * Each item's share of the set in percent: weights are scaled to 100 (they need not add up), amounts
 * are divided by their total. Rounded to 1e-9 so 3 × 33.3333… compares as the advisor meant.
 */
export function sharesOf(items: readonly ProposedItem[]): number[] {
  const sizes = items.map(({ item }) => item.weightPercent ?? item.amountTwd ?? 0);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  return sizes.map((size) => (total > 0 ? Math.round((size / total) * 100 * 1e9) / 1e9 : 0));
}

/** The same finding: code, product, subject and the words with its figures. */
export function isSameFinding(
  a: Pick<Finding, 'code' | 'productId' | 'subject' | 'message'>,
  b: Pick<Finding, 'code' | 'productId' | 'subject' | 'message'>,
): boolean {
  return (
    a.code === b.code &&
    a.productId === b.productId &&
    a.subject === b.subject &&
    a.message['zh-TW'] === b.message['zh-TW'] &&
    a.message.en === b.message.en
  );
}

function resolve(draft: Draft, overrides: readonly ApprovedOverride[]): Finding {
  const found = {
    code: draft.code,
    productId: draft.productId,
    subject: draft.subject ?? null,
    message: FINDING_WORDS[draft.code](draft.params ?? {}),
  };
  const override =
    draft.severity === 'needs_approval' ? overrides.find((o) => isSameFinding(o, found)) : undefined;
  return {
    ...found,
    severity: override ? 'overridden' : draft.severity,
    rule: draft.rule,
    settings: draft.settings,
    overrideId: override?.id ?? null,
  };
}

export function verdictOf(findings: readonly Pick<Finding, 'severity'>[]): Verdict {
  if (findings.some((f) => f.severity === 'block')) return 'blocked';
  if (findings.some((f) => f.severity === 'needs_approval')) return 'needs_approval';
  return 'ok';
}

function checkedProduct(product: SuitabilityProduct, sharePercent: number): CheckedProduct {
  return {
    productId: product.id,
    code: product.code,
    nameZh: product.nameZh,
    nameEn: product.nameEn,
    riskRating: product.riskRating,
    sharePercent,
  };
}
