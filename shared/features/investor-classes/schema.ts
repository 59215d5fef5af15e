import { z } from 'zod';
import { clientIdSchema, isoDateSchema } from '../clients';
import { investorClassSchema, type InvestorClass } from './classes';

/**
 * An application for a class other than general, its evidence, and its activation and reversion.
 * Every record is kept: an application is never changed or removed, only followed by evidence,
 * one activation and at most one reversion. Messages are keys into shared/i18n.
 */

/** Which criterion of domain.md the application rests on; each belongs to one class. */
export const CLASS_BASES = [
  'natural_provable_assets',
  'natural_trade_and_holdings',
  'entity_total_assets',
  'high_asset_investable',
  'high_asset_at_firm_statement',
] as const;
export type ClassBasis = (typeof CLASS_BASES)[number];
export const classBasisSchema = z.enum(CLASS_BASES);

export const BASIS_CLASS: Readonly<Record<ClassBasis, Exclude<InvestorClass, 'general'>>> = {
  natural_provable_assets: 'professional_natural',
  natural_trade_and_holdings: 'professional_natural',
  entity_total_assets: 'professional_entity',
  high_asset_investable: 'high_asset',
  high_asset_at_firm_statement: 'high_asset',
};

/** The stated amounts an application may carry (TWD); which ones a basis needs is in rules.ts. */
export const AMOUNT_FIELDS = [
  'provableAssetsTwd',
  'singleTradeTwd',
  'heldAtFirmTwd',
  'statedTotalTwd',
  'totalAssetsTwd',
  'investableAssetsTwd',
] as const;
export type AmountField = (typeof AMOUNT_FIELDS)[number];

/** Which amounts each basis states, in the order a form asks for them. */
export const BASIS_AMOUNTS: Readonly<Record<ClassBasis, readonly AmountField[]>> = {
  natural_provable_assets: ['provableAssetsTwd'],
  natural_trade_and_holdings: ['singleTradeTwd', 'heldAtFirmTwd', 'statedTotalTwd'],
  entity_total_assets: ['totalAssetsTwd'],
  high_asset_investable: ['investableAssetsTwd'],
  high_asset_at_firm_statement: ['heldAtFirmTwd', 'statedTotalTwd'],
};

/** The closed list of documents an advisor checks. */
export const EVIDENCE_TYPES = [
  'financial_statement',
  'balance_certificate',
  'trade_confirmation',
  'signed_statement',
  'knowledge_experience_proof',
  'corporate_registration',
  'signed_consent',
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];
export const evidenceTypeSchema = z.enum(EVIDENCE_TYPES);

const amountSchema = z
  .number({ message: 'validation.amount' })
  .finite({ message: 'validation.amount' })
  .min(0, { message: 'validation.nonNegative' })
  .max(1e13, { message: 'validation.tooLarge' });

export const classAmountsSchema = z
  .object(Object.fromEntries(AMOUNT_FIELDS.map((f) => [f, amountSchema.optional()])))
  .strict() as z.ZodType<Partial<Record<AmountField, number>>>;
export type ClassAmounts = Partial<Record<AmountField, number>>;

export const applicationIdSchema = z.string().uuid({ message: 'validation.id' });

/** A new application: the class, the basis it rests on, the written application's date and the amounts the basis states. */
export const classApplicationInputSchema = z
  .object({
    clientId: clientIdSchema,
    investorClass: investorClassSchema.exclude(['general']),
    basis: classBasisSchema,
    appliedOn: isoDateSchema,
    amounts: classAmountsSchema,
  })
  .strict()
  .superRefine((input, ctx) => {
    if (BASIS_CLASS[input.basis] !== input.investorClass) {
      ctx.addIssue({ code: 'custom', path: ['basis'], message: 'validation.invalid' });
    }
    const needed = BASIS_AMOUNTS[input.basis];
    for (const field of needed) {
      if (input.amounts[field] === undefined) {
        ctx.addIssue({ code: 'custom', path: ['amounts', field], message: 'validation.required' });
      }
    }
    for (const field of Object.keys(input.amounts) as AmountField[]) {
      if (!needed.includes(field)) {
        ctx.addIssue({ code: 'custom', path: ['amounts', field], message: 'validation.invalid' });
      }
    }
  });
export type ClassApplicationInput = z.input<typeof classApplicationInputSchema>;

const checkedBySchema = z
  .string({ message: 'validation.required' })
  .trim()
  .min(1, { message: 'validation.required' })
  .max(50, { message: 'validation.tooLong' });

/** One checked document: its type, its own date, who checked it and when. */
export const evidenceInputSchema = z
  .object({
    applicationId: applicationIdSchema,
    type: evidenceTypeSchema,
    documentDate: isoDateSchema,
    checkedBy: checkedBySchema,
    checkedOn: isoDateSchema,
  })
  .strict();
export type EvidenceInput = z.input<typeof evidenceInputSchema>;

export const activationInputSchema = z
  .object({ applicationId: applicationIdSchema, effectiveOn: isoDateSchema })
  .strict();

export const reversionInputSchema = z
  .object({
    applicationId: applicationIdSchema,
    revertedOn: isoDateSchema,
    reason: z
      .string({ message: 'validation.required' })
      .trim()
      .min(1, { message: 'validation.required' })
      .max(500, { message: 'validation.tooLong' }),
  })
  .strict();

export const evidenceSchema = z.object({
  id: z.string(),
  type: evidenceTypeSchema,
  documentDate: z.string(),
  checkedBy: z.string(),
  checkedOn: z.string(),
  recordedAt: z.string(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const classApplicationSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  investorClass: investorClassSchema,
  basis: classBasisSchema,
  appliedOn: z.string(),
  amounts: z.record(z.string(), z.number()) as z.ZodType<ClassAmounts>,
  recordedAt: z.string(),
  /** In the order they were recorded. */
  evidence: z.array(evidenceSchema),
  activation: z.object({ effectiveOn: z.string(), recordedAt: z.string() }).nullable(),
  reversion: z.object({ revertedOn: z.string(), reason: z.string(), recordedAt: z.string() }).nullable(),
});
export type ClassApplication = z.infer<typeof classApplicationSchema>;
