import { z } from 'zod';
import { CURRENCIES } from '../../kernel/money';
import { isoDateSchema } from '../clients';
import { KYC_STATES } from '../kyc';
import { PRODUCT_STATES } from '../products';

/**
 * The suitability check (適合度檢核): what the advisor proposes, the product facts the rules read,
 * and the findings. Messages are keys into shared/i18n where they are field errors.
 */

/**
 * What the rules need of a shelf product (the products feature's Product has all of these): the
 * firm's RR, issuer, currency, the foreign and complex flags and whether it is approved for sale.
 */
export const suitabilityProductSchema = z.object({
  id: z.string(),
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string().nullable(),
  issuer: z.string(),
  currency: z.enum(CURRENCIES),
  riskRating: z.number().int().min(1).max(5),
  isForeign: z.boolean(),
  isComplex: z.boolean(),
  state: z.enum(PRODUCT_STATES),
  /** The last day it may be sold (a structured note's maturity, a fund's closing), or none. */
  expiryDate: z.string().nullable(),
});
export type SuitabilityProduct = z.infer<typeof suitabilityProductSchema>;

export const productIdSchema = z.string().trim().min(1, { message: 'validation.required' }).max(64);

/** Blank is no rationale: the 65+ rule then asks for one. */
const writtenText = (max: number) =>
  z
    .string()
    .max(max, { message: 'validation.tooLong' })
    .transform((s) => s.replace(/\r\n?/g, '\n').trim());

/**
 * One proposed product: its weight in the set (percent) or its amount in TWD, the written 推介理由
 * (required for a 65+ client), and whether the client asked for it unprompted (a 65+ client may
 * buy a foreign security they ask for; the firm may not propose one).
 */
export const suitabilityItemSchema = z
  .object({
    productId: productIdSchema,
    weightPercent: z.number({ message: 'validation.number' }).positive().max(100).optional(),
    amountTwd: z.number({ message: 'validation.amount' }).positive().max(1e13).optional(),
    rationale: writtenText(2000).nullable().default(null),
    clientInitiated: z.boolean().default(false),
  })
  .strict()
  .refine((item) => (item.weightPercent === undefined) !== (item.amountTwd === undefined), {
    message: 'validation.required',
    path: ['weightPercent'],
  });
export type SuitabilityItemInput = z.input<typeof suitabilityItemSchema>;
export type SuitabilityItem = z.output<typeof suitabilityItemSchema>;

export const MAX_CHECK_ITEMS = 200;

/** A set weighs all by percent or all by TWD amount, and names each product once. */
export const suitabilityItemsSchema = z
  .array(suitabilityItemSchema)
  .min(1, { message: 'validation.required' })
  .max(MAX_CHECK_ITEMS, { message: 'validation.tooLarge' })
  .superRefine((items, ctx) => {
    const byWeight = items[0]?.weightPercent !== undefined;
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if ((item.weightPercent !== undefined) !== byWeight) {
        ctx.addIssue({ code: 'custom', path: [index, 'weightPercent'], message: 'validation.invalid' });
      }
      if (seen.has(item.productId)) {
        ctx.addIssue({ code: 'custom', path: [index, 'productId'], message: 'validation.invalid' });
      }
      seen.add(item.productId);
    });
  });

export const SEVERITIES = ['block', 'needs_approval', 'warning', 'overridden'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const VERDICTS = ['blocked', 'needs_approval', 'ok'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const FINDING_CODES = [
  'kyc_none',
  'kyc_expired',
  'kyc_unconfirmed',
  'kyc_needs_review',
  'kyc_not_elderly',
  'grade_scale_changed',
  'grade_exceeded',
  'product_not_approved',
  'product_expired',
  'complex_not_eligible',
  'age_unknown',
  'elderly_foreign_proactive',
  'elderly_foreign_client_initiated',
  'elderly_rationale_missing',
  'elderly_high_risk_review',
  'concentration_product',
  'concentration_issuer',
  'concentration_rr5',
  'concentration_foreign_currency',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];
export const findingCodeSchema = z.enum(FINDING_CODES);

/** The rules a finding names as its source (`Finding.rule`); older checks may name retired ones. */
export const RULE_IDS = [
  'kyc.current',
  'grade.scale',
  'grade.matrix',
  'elderly.age',
  'elderly.kyc',
  'elderly.foreign',
  'elderly.rationale',
  'elderly.review',
  'product.approved',
  'product.term',
  'complex.eligibility',
  'concentration.product',
  'concentration.issuer',
  'concentration.rr5',
  'concentration.currency',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

const settingValueSchema = z.union([z.number(), z.boolean(), z.string(), z.array(z.string())]);

/** A setting a finding's threshold came from: its path under settings and the value then in force. */
export const settingUsedSchema = z.object({ path: z.string(), value: settingValueSchema });
export type SettingUsed = z.infer<typeof settingUsedSchema>;

const wordsSchema = z.object({ 'zh-TW': z.string(), en: z.string() });

export const findingSchema = z.object({
  code: findingCodeSchema,
  severity: z.enum(SEVERITIES),
  /** The rule that produced it (`grade.matrix`, `elderly.rationale`, …). */
  rule: z.string(),
  settings: z.array(settingUsedSchema),
  /** Null for a finding about the whole set (KYC, issuer, RR5 share, currency). */
  productId: z.string().nullable(),
  /** What a set-level finding is about beyond its code: the issuer or the currency. */
  subject: z.string().nullable(),
  message: wordsSchema,
  /** The approved override that resolved it. */
  overrideId: z.string().nullable(),
});
export type Finding = z.infer<typeof findingSchema>;

export const checkedProductSchema = z.object({
  productId: z.string(),
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string().nullable(),
  riskRating: z.number().int(),
  /** Its share of the set, 0..100. */
  sharePercent: z.number(),
});
export type CheckedProduct = z.infer<typeof checkedProductSchema>;

export const suitabilityResultSchema = z.object({
  verdict: z.enum(VERDICTS),
  kycState: z.enum(KYC_STATES),
  elderly: z.boolean(),
  products: z.array(checkedProductSchema),
  findings: z.array(findingSchema),
});
export type SuitabilityResult = z.infer<typeof suitabilityResultSchema>;

/** A check as saved: overrides refer to it, with the items it was run on. */
export const suitabilityCheckSchema = suitabilityResultSchema.extend({
  checkId: z.string(),
  clientId: z.string(),
  checkedOn: z.string(),
});
export type SuitabilityCheck = z.infer<typeof suitabilityCheckSchema>;

export const OVERRIDE_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type OverrideStatus = (typeof OVERRIDE_STATUSES)[number];

export const overrideIdSchema = z.string().uuid({ message: 'validation.id' });

export const overrideRequestSchema = z
  .object({
    checkId: z.string().uuid({ message: 'validation.id' }),
    code: findingCodeSchema,
    productId: z.string().max(64).nullable(),
    subject: z.string().max(100).nullable().default(null),
    reason: writtenText(2000).refine((s) => s !== '', { message: 'validation.required' }),
  })
  .strict();

export const overrideApprovalSchema = z
  .object({
    id: overrideIdSchema,
    supervisorName: z
      .string()
      .trim()
      .min(1, { message: 'validation.required' })
      .max(60, { message: 'validation.tooLong' }),
    approvedOn: isoDateSchema,
    reference: z
      .string()
      .trim()
      .min(1, { message: 'validation.required' })
      .max(100, { message: 'validation.tooLong' }),
  })
  .strict();

export const overrideSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  /** Shown to the user only; resolved while unlocked. */
  clientName: z.string().nullable(),
  checkId: z.string(),
  code: findingCodeSchema,
  productId: z.string().nullable(),
  productCode: z.string().nullable(),
  subject: z.string().nullable(),
  /** The finding's words when the override was asked for. */
  message: wordsSchema,
  reason: z.string(),
  status: z.enum(OVERRIDE_STATUSES),
  requestedAt: z.string(),
  requestedBy: z.string().nullable(),
  supervisorName: z.string().nullable(),
  approvedOn: z.string().nullable(),
  reference: z.string().nullable(),
  decidedAt: z.string().nullable(),
  rejectionReason: z.string().nullable(),
});
export type Override = z.infer<typeof overrideSchema>;
