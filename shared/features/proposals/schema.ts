import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';
import { assumptionsFileSchema } from '../../analytics/assumptions';
import { CURRENCIES } from '../../kernel/money';
import { optionalText, requiredText } from '../../kernel/text-fields';
import { assumptionsVersionSchema } from '../capital-markets';
import { brandingSchema } from '../settings';
import { goalInputSchema } from '../goals';
import { holdingsValuationSchema } from '../holdings';
import { investorClassSchema } from '../investor-classes';
import { riskGradeSchema } from '../kyc';
import { ASSET_CLASSES } from '../products';
import { productSchema } from '../products';
import { suitabilityResultSchema } from '../suitability';

/**
 * A proposal (建議書) as every layer sees it: the content the advisor edits, the analysis the
 * engine computes from it, and the facts a presented proposal freezes and its PDF is drawn from.
 * Weights are shares of the whole portfolio (0..1); money is TWD unless a currency is named.
 */

export const PROPOSAL_KINDS = ['allocation', 'planning'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
export const PROPOSAL_KIND_WORDS: Readonly<Record<ProposalKind, AuditWords>> = {
  allocation: { 'zh-TW': '資產配置建議書', en: 'Asset-allocation proposal' },
  planning: { 'zh-TW': '理財規劃建議書', en: 'Financial-planning proposal' },
};

export const PROPOSAL_STATES = [
  'draft',
  'presented',
  'accepted',
  'partly_accepted',
  'declined',
  'expired',
] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];
export const PROPOSAL_STATE_WORDS: Readonly<Record<ProposalState, AuditWords>> = {
  draft: { 'zh-TW': '草稿', en: 'Draft' },
  presented: { 'zh-TW': '已提出', en: 'Presented' },
  accepted: { 'zh-TW': '已接受', en: 'Accepted' },
  partly_accepted: { 'zh-TW': '部分接受', en: 'Partly accepted' },
  declined: { 'zh-TW': '未接受', en: 'Declined' },
  expired: { 'zh-TW': '已逾期', en: 'Expired' },
};

export const assetClassKeySchema = z.enum(ASSET_CLASSES, { message: 'validation.assetClass' });
const weight = z.number({ message: 'validation.weight' }).min(0, { message: 'validation.weight' }).max(1, {
  message: 'validation.weight',
});

/** Tolerance for "the weights sum to one" (a hundredth of a basis point). */
export const WEIGHT_SUM_TOLERANCE = 1e-6;

export const OPTIMIZER_OBJECTIVES = [
  'minVariance',
  'maxSharpe',
  'maxReturn',
  'targetReturn',
  'targetVolatility',
] as const;
export type OptimizerObjective = (typeof OPTIMIZER_OBJECTIVES)[number];

/** A group limit for the optimizer: the listed classes, or those of an RR or currency, together. */
export const optimizerGroupSchema = z.object({
  name: requiredText(40),
  assetClasses: z.array(assetClassKeySchema).max(ASSET_CLASSES.length).default([]),
  /** Every class whose assumed RR is at least this (e.g. 5: the RR5 share). */
  riskRatingAtLeast: z.number().int().min(1).max(5).nullable().default(null),
  currency: z.enum(CURRENCIES).nullable().default(null),
  min: weight.nullable().default(null),
  max: weight.nullable().default(null),
});
export type OptimizerGroup = z.output<typeof optimizerGroupSchema>;

/** Where the target allocation by asset class comes from. */
export const targetSchema = z.discriminatedUnion('source', [
  /** The firm's model portfolio for the client's grade, on the proposal's assumptions. */
  z.object({ source: z.literal('model') }),
  z.object({
    source: z.literal('optimizer'),
    objective: z.enum(OPTIMIZER_OBJECTIVES),
    /** targetReturn / targetVolatility: the annual figure (0.05 = 5%). */
    objectiveValue: z.number().min(0).max(1).nullable().default(null),
    bounds: z.partialRecord(assetClassKeySchema, z.object({ min: weight, max: weight })).default({}),
    groups: z.array(optimizerGroupSchema).max(10).default([]),
  }),
  /** The advisor set the weights by hand. */
  z.object({ source: z.literal('manual') }),
]);
export type ProposalTarget = z.output<typeof targetSchema>;

/** One product in the proposed portfolio. */
export const proposalItemSchema = z.object({
  productId: z.string().uuid({ message: 'validation.id' }),
  assetClass: assetClassKeySchema,
  weight,
  /** 推介理由: required for clients 65+ and for any product under an override. */
  rationale: optionalText(1000).default(null),
  /** The client asked for this product (the 65+ foreign-security exception keeps that record). */
  clientRequested: z.boolean().default(false),
});
export type ProposalItem = z.output<typeof proposalItemSchema>;

/** A goal as the proposal holds it: a copy of the dossier's (its id kept), editable in the proposal. */
export const proposalGoalSchema = goalInputSchema.extend({ goalId: z.string().nullable().default(null) });
export type ProposalGoal = z.output<typeof proposalGoalSchema>;

/** What the advisor edits. Saved drafts, `proposals create --input` and the analysis all take it. */
export const proposalContentSchema = z
  .object({
    kind: z.enum(PROPOSAL_KINDS),
    title: requiredText(80),
    /** The capital-market assumptions version the numbers are computed on. */
    assumptionsVersion: assumptionsVersionSchema,
    target: targetSchema,
    items: z.array(proposalItemSchema).min(1, { message: 'validation.proposalItems' }).max(40),
    /** Money the client adds to what is held (or takes out, as a negative amount). */
    newMoneyTwd: z.number().min(-1e13).max(1e13).default(0),
    goals: z.array(proposalGoalSchema).max(10).default([]),
    horizonYears: z.number().int().min(1).max(50).default(30),
    commentary: z
      .object({
        /** The advisor's rationale for the allocation as a whole. */
        rationale: optionalText(4000),
        /** The one-page summary's text (the advisor may edit what the draft proposes). */
        summary: optionalText(2000),
        keyActions: z.array(requiredText(200)).max(8).default([]),
      })
      .default({ rationale: null, summary: null, keyActions: [] }),
    /** Large type (65+): null chooses it by the client's age. */
    largeType: z.boolean().nullable().default(null),
  })
  .superRefine((content, ctx) => {
    const sum = content.items.reduce((s, item) => s + item.weight, 0);
    if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE)
      ctx.addIssue({
        code: 'custom',
        path: ['items'],
        message: 'validation.weightsSum',
      });
    const seen = new Set<string>();
    content.items.forEach((item, index) => {
      if (seen.has(item.productId))
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'productId'],
          message: 'validation.duplicateProduct',
        });
      seen.add(item.productId);
    });
  });
export type ProposalContentInput = z.input<typeof proposalContentSchema>;
export type ProposalContent = z.output<typeof proposalContentSchema>;

// ---------------------------------------------------------------------------------------------
// The analysis: what the engine computes from content + holdings + assumptions (the charts' data).

export const allocationSliceSchema = z.object({
  /** An asset class id, a currency code, or `RR1`…`RR5` / `unrated`. */
  key: z.string(),
  weight: z.number(),
  valueTwd: z.number(),
});
export type AllocationSlice = z.infer<typeof allocationSliceSchema>;

export const allocationViewSchema = z.object({
  totalTwd: z.number(),
  byAssetClass: z.array(allocationSliceSchema),
  byCurrency: z.array(allocationSliceSchema),
  byRiskRating: z.array(allocationSliceSchema),
});
export type AllocationView = z.infer<typeof allocationViewSchema>;

/** Expected figures over one year (returns and losses as fractions; VaR/CVaR as positive losses). */
export const portfolioFiguresSchema = z.object({
  expectedReturn: z.number(),
  volatility: z.number(),
  sharpe: z.number(),
  var95: z.number(),
  cvar95: z.number(),
  var95Twd: z.number(),
  cvar95Twd: z.number(),
  /** The median over the simulated paths of each path's largest peak-to-trough fall. */
  maxDrawdownMedian: z.number(),
  /** The 95th percentile of the same (a bad case). */
  maxDrawdown95: z.number(),
});
export type PortfolioFigures = z.infer<typeof portfolioFiguresSchema>;

export const riskReturnPointSchema = z.object({ expectedReturn: z.number(), volatility: z.number() });
export type RiskReturnPoint = z.infer<typeof riskReturnPointSchema>;

/** The Monte Carlo fan: one value per year from 0 to the horizon, nominal TWD. */
export const fanSchema = z.object({
  years: z.array(z.number()),
  p5: z.array(z.number()),
  p25: z.array(z.number()),
  p50: z.array(z.number()),
  p75: z.array(z.number()),
  p95: z.array(z.number()),
});
export type Fan = z.infer<typeof fanSchema>;

export const goalOutcomeSchema = z.object({
  /** The index in content.goals. */
  index: z.number().int(),
  name: z.string(),
  targetDate: z.string(),
  amountTwd: z.number(),
  /** Share of paths that meet the goal. */
  probability: z.number(),
});
export type GoalOutcome = z.infer<typeof goalOutcomeSchema>;

export const stressOutcomeSchema = z.object({
  id: z.string(),
  name: z.object({ 'zh-TW': z.string(), en: z.string() }),
  kind: z.enum(['historical', 'hypothetical']),
  /** Loss as a positive fraction and in TWD; null when there is nothing current to stress. */
  current: z.object({ lossPercent: z.number(), lossTwd: z.number() }).nullable(),
  proposed: z.object({ lossPercent: z.number(), lossTwd: z.number() }),
});
export type StressOutcome = z.infer<typeof stressOutcomeSchema>;

export const riskContributionRowSchema = z.object({
  assetClass: assetClassKeySchema,
  /** Share of the portfolio's volatility (sums to 1 over the classes), null with no current holdings. */
  current: z.number().nullable(),
  proposed: z.number(),
});

export const tradeSchema = z.object({
  side: z.enum(['buy', 'sell']),
  /** The shelf product bought or sold; null for a free-form position sold. */
  productId: z.string().nullable(),
  /** The holdings position sold, when a sale. */
  positionId: z.string().nullable(),
  label: z.string(),
  assetClass: assetClassKeySchema,
  currency: z.enum(CURRENCIES),
  valueTwd: z.number(),
  feeTwd: z.number(),
  /** Fee rate applied, in percent of the value (the product's front load for buys, the sell cost setting for sales). */
  feePercent: z.number(),
});
export type Trade = z.infer<typeof tradeSchema>;

export const proposalAnalysisSchema = z.object({
  assumptionsVersion: z.string(),
  /** The value the proposal allocates: current holdings in TWD plus new money. */
  investableTwd: z.number(),
  current: allocationViewSchema.nullable(),
  proposed: allocationViewSchema,
  figures: z.object({ current: portfolioFiguresSchema.nullable(), proposed: portfolioFiguresSchema }),
  frontier: z.array(riskReturnPointSchema),
  currentPoint: riskReturnPointSchema.nullable(),
  proposedPoint: riskReturnPointSchema,
  monteCarlo: z.object({
    paths: z.number().int(),
    seed: z.number().int(),
    months: z.number().int(),
    fan: fanSchema,
    probabilityOfRuin: z.number(),
    goals: z.array(goalOutcomeSchema),
  }),
  stress: z.array(stressOutcomeSchema),
  riskContributions: z.array(riskContributionRowSchema),
  trades: z.array(tradeSchema),
  tradeFeesTwd: z.number(),
});
export type ProposalAnalysis = z.infer<typeof proposalAnalysisSchema>;

// ---------------------------------------------------------------------------------------------
// The facts a proposal's PDF is drawn from. A presented proposal freezes exactly these (its
// snapshot), so a product withdrawn or an assumptions version replaced later changes nothing.

export const assumptionsInUseSchema = assumptionsFileSchema;

export const proposalFactsSchema = z.object({
  proposalId: z.string(),
  /** The firm's proposal number, e.g. P1151130-003 (one per proposal; revisions add -r2). */
  number: z.string(),
  revision: z.number().int().positive(),
  state: z.enum(PROPOSAL_STATES),
  /** The day the document is dated (made, or presented). */
  day: z.string(),
  client: z.object({
    id: z.string(),
    name: z.string(),
    nationalIdMasked: z.string(),
    birthDate: z.string().nullable(),
    age: z.number().int().nullable(),
    investorClass: investorClassSchema,
  }),
  kyc: z
    .object({ grade: riskGradeSchema, assessedOn: z.string(), validUntil: z.string(), state: z.string() })
    .nullable(),
  advisor: z.object({ name: z.string(), licenceNumber: z.string().nullable() }),
  firm: z.object({
    branding: brandingSchema,
    disclaimer: z.string().nullable(),
    contact: z.string().nullable(),
  }),
  content: proposalContentSchema,
  /** The proposed products as they were on the shelf. */
  products: z.array(productSchema),
  holdings: holdingsValuationSchema,
  assumptions: assumptionsInUseSchema,
  analysis: proposalAnalysisSchema,
  suitability: suitabilityResultSchema,
  /** Large type chosen (content.largeType, or by age). */
  largeType: z.boolean(),
  /** How the PDF writes dates in zh-TW (settings.dateFormat when made; ISO when absent). */
  dateFormat: z.enum(['iso', 'roc']).optional(),
  /** The advisor's time zone when made (settings.timeZone; Asia/Taipei when absent). */
  timeZone: z.string().optional(),
});
export type ProposalFacts = z.infer<typeof proposalFactsSchema>;
