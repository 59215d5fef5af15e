import type { KycProfile } from '../../../../shared/features/kyc';
import { DEFAULT_SETTINGS } from '../../../../shared/features/settings';
import {
  checkSuitability,
  type ClientFacts,
  type ProposedItem,
  type RuleSettings,
  type SuitabilityItem,
  type SuitabilityProduct,
  type SuitabilityResult,
  type SuitabilitySettings,
} from '../../../../shared/features/suitability';

export const DAY = '2026-11-30';

let serial = 0;

/** An approved, domestic, plain TWD product of its own issuer unless told otherwise. */
export function product(overrides: Partial<SuitabilityProduct> = {}): SuitabilityProduct {
  serial += 1;
  return {
    id: `p-${serial}`,
    code: `F${String(serial).padStart(4, '0')}`,
    nameZh: `測試基金${serial}`,
    nameEn: `Test fund ${serial}`,
    issuer: `Issuer ${serial}`,
    currency: 'TWD',
    riskRating: 1,
    isForeign: false,
    isComplex: false,
    state: 'approved',
    expiryDate: null,
    ...overrides,
  };
}

/** A current, confirmed C-level profile on the five-grade scale. */
export function profile(level = 3, overrides: Partial<KycProfile> = {}): KycProfile {
  return {
    assessmentId: 'a-1',
    grade: { scale: 'five', level },
    takenOn: '2026-06-01',
    validUntil: '2027-05-31',
    confirmed: true,
    needsReview: false,
    elderly: false,
    ...overrides,
  };
}

/** A 45-year-old general investor with a current C3 profile; a 65+ one's was taken with the elderly questions. */
export function facts(overrides: Partial<ClientFacts> = {}): ClientFacts {
  const age = overrides.age === undefined ? 45 : overrides.age;
  const elderly = age !== null && age >= 65;
  return { profile: profile(3, { elderly }), age, investorClass: 'general', ...overrides };
}

export function item(productId: string, overrides: Partial<SuitabilityItem> = {}): SuitabilityItem {
  return { productId, weightPercent: 10, rationale: null, clientInitiated: false, ...overrides };
}

/** Products at equal weight, each with the given item fields. */
export function equalItems(
  products: readonly SuitabilityProduct[],
  extra: Partial<SuitabilityItem> = {},
): ProposedItem[] {
  return products.map((p) => ({ product: p, item: item(p.id, extra) }));
}

export function rules(suitability: Partial<SuitabilitySettings> = {}): RuleSettings {
  return {
    suitability: { ...DEFAULT_SETTINGS.suitability, ...suitability },
    elderlyAge: DEFAULT_SETTINGS.kyc.elderlyAge,
    gradeScale: 'five',
  };
}

/**
 * Ten products of distinct issuers at 10% each: under every concentration limit, so a test sees only
 * the rule it is about. `first` replaces the first product.
 */
export function diversified(
  first: Partial<SuitabilityProduct> = {},
  extra: Partial<SuitabilityItem> = {},
): ProposedItem[] {
  return equalItems([product(first), ...Array.from({ length: 9 }, () => product())], extra);
}

export function run(
  client: Partial<ClientFacts>,
  items: readonly ProposedItem[],
  settings: RuleSettings = rules(),
): SuitabilityResult {
  return checkSuitability({ day: DAY, client: facts(client), items, settings });
}

export const codes = (result: SuitabilityResult) => result.findings.map((f) => `${f.code}:${f.severity}`);
