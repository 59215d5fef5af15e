import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';
import { INVESTOR_CLASSES, type InvestorClass } from '../investor-classes';

/**
 * A tier's service plan (O1.3.1 tiered service): contact every N days, a portfolio review every M
 * months, a birthday greeting or not, and whether the KYC re-assessment (the KYC feature's own
 * validity) is followed on the overdue list. Messages are keys into shared/i18n.
 */
export const servicePlanSchema = z.object({
  contactEveryDays: z
    .number({ message: 'validation.number' })
    .int({ message: 'validation.number' })
    .min(1, { message: 'validation.planDays' })
    .max(730, { message: 'validation.planDays' }),
  reviewEveryMonths: z
    .number({ message: 'validation.number' })
    .int({ message: 'validation.number' })
    .min(1, { message: 'validation.planMonths' })
    .max(60, { message: 'validation.planMonths' }),
  birthdayGreeting: z.boolean(),
  kycReview: z.boolean(),
});
export type ServicePlan = z.infer<typeof servicePlanSchema>;

/** The plan of a tier saved before plans existed (an older settings value). */
export const FALLBACK_SERVICE_PLAN: ServicePlan = {
  contactEveryDays: 90,
  reviewEveryMonths: 12,
  birthdayGreeting: false,
  kycReview: true,
};

/**
 * Criteria beyond assets. The rule: a client is in the first tier (highest first) whose asset floor
 * they reach AND, when the tier names investor classes, whose class is one of them AND, when the
 * tier names tags, who carries at least one of them. The last tier takes everyone else.
 */
export const tierCriteriaSchema = z.object({
  investorClasses: z.array(z.enum(INVESTOR_CLASSES)).max(INVESTOR_CLASSES.length),
  tags: z.array(z.string().trim().min(1).max(20)).max(10),
});
export type TierCriteria = z.infer<typeof tierCriteriaSchema>;
const NO_CRITERIA: TierCriteria = { investorClasses: [], tags: [] };

/**
 * The firm's client tiers by assets in TWD (domain.md default: 頂級 ≥ NT$30M, 貴賓 ≥ NT$10M, 一般
 * below). Ordered from the highest; the last tier has floor 0 and no criteria.
 */
export const tierSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,19}$/),
  name: z.object({ 'zh-TW': z.string().min(1).max(20), en: z.string().min(1).max(30) }),
  minAssetsTwd: z.number().min(0),
  plan: servicePlanSchema.default(FALLBACK_SERVICE_PLAN),
  criteria: tierCriteriaSchema.default(NO_CRITERIA),
});
export type Tier = z.infer<typeof tierSchema>;

const hasCriteria = (tier: Tier) => tier.criteria.investorClasses.length > 0 || tier.criteria.tags.length > 0;

export const tierSettingsSchema = z.object({
  tiers: z
    .array(tierSchema)
    .min(1)
    .max(10)
    .refine((tiers) => tiers.every((t, i) => i === 0 || t.minAssetsTwd < tiers[i - 1]!.minAssetsTwd), {
      message: 'validation.tierOrder',
    })
    .refine((tiers) => tiers[tiers.length - 1]!.minAssetsTwd === 0, { message: 'validation.tierFloor' })
    .refine((tiers) => new Set(tiers.map((t) => t.key)).size === tiers.length, {
      message: 'validation.tierKeys',
    })
    .refine((tiers) => !hasCriteria(tiers[tiers.length - 1]!), { message: 'validation.tierLastCriteria' }),
});
export type TierSettings = z.infer<typeof tierSettingsSchema>;

export const DEFAULT_TIER_SETTINGS: TierSettings = {
  tiers: [
    {
      key: 'top',
      name: { 'zh-TW': '頂級', en: 'Premier' },
      minAssetsTwd: 30_000_000,
      plan: { contactEveryDays: 30, reviewEveryMonths: 3, birthdayGreeting: true, kycReview: true },
      criteria: NO_CRITERIA,
    },
    {
      key: 'vip',
      name: { 'zh-TW': '貴賓', en: 'VIP' },
      minAssetsTwd: 10_000_000,
      plan: { contactEveryDays: 60, reviewEveryMonths: 6, birthdayGreeting: true, kycReview: true },
      criteria: NO_CRITERIA,
    },
    {
      key: 'general',
      name: { 'zh-TW': '一般', en: 'General' },
      minAssetsTwd: 0,
      plan: { contactEveryDays: 180, reviewEveryMonths: 12, birthdayGreeting: false, kycReview: true },
      criteria: NO_CRITERIA,
    },
  ],
};

export const TIER_SETTINGS_WORDS: AuditWords = {
  'zh-TW': '客戶分級與服務計畫',
  en: 'client tiers and service plans',
};

/** The tier a client with these assets (TWD) falls in, by assets alone (reports that know no more). */
export function tierOf(assetsTwd: number, settings: TierSettings): Tier {
  return (
    settings.tiers.find((t) => assetsTwd >= t.minAssetsTwd) ?? settings.tiers[settings.tiers.length - 1]!
  );
}

/** What automatic tiering knows of a client. */
export interface TierFacts {
  assetsTwd: number;
  investorClass: InvestorClass;
  tags: readonly string[];
}

/** The tier a client falls in by assets and the tiers' criteria (the rule on `tierCriteriaSchema`). */
export function tierFor(facts: TierFacts, settings: TierSettings): Tier {
  const meets = (tier: Tier) =>
    facts.assetsTwd >= tier.minAssetsTwd &&
    (tier.criteria.investorClasses.length === 0 ||
      tier.criteria.investorClasses.includes(facts.investorClass)) &&
    (tier.criteria.tags.length === 0 || tier.criteria.tags.some((tag) => facts.tags.includes(tag)));
  return settings.tiers.find(meets) ?? settings.tiers[settings.tiers.length - 1]!;
}
