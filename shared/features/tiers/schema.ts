import { z } from 'zod';
import { clientIdSchema, currencySchema, householdRelationSchema, isoDateSchema } from '../clients';
import { ASSET_SOURCES, SERVICE_KINDS, TIER_CHANGE_CAUSES } from './words';
import { servicePlanSchema } from './settings';

const tierKeySchema = z.string().regex(/^[a-z][a-z0-9_]{0,19}$/, { message: 'validation.tierUnknown' });

export const tierChangeSchema = z.object({
  on: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  cause: z.enum(TIER_CHANGE_CAUSES),
});
export type TierChange = z.infer<typeof tierChangeSchema>;

/** A due date of the service plan; null when the plan does not follow it (KYC off, or no KYC yet). */
export const serviceDueSchema = z.object({
  kind: z.enum(SERVICE_KINDS),
  /** The last time it was done (ISO date), when known. */
  last: z.string().nullable(),
  dueOn: z.string(),
  /** Days past the due date on the day asked (negative: days still to go). */
  daysLate: z.number().int(),
});
export type ServiceDue = z.infer<typeof serviceDueSchema>;

/** A client's tier as stored by the last recompute, with the override, the plan and its due dates. */
export const clientTierSchema = z.object({
  clientId: clientIdSchema,
  /** The tier in effect: the override's when there is one, else the automatic one. */
  tierKey: z.string(),
  automaticKey: z.string(),
  override: z.object({ tierKey: z.string(), reason: z.string(), at: z.string() }).nullable(),
  assetsTwd: z.number(),
  /** The day the tier in effect began (its plan runs from then). */
  since: z.string(),
  recomputedAt: z.string(),
  plan: servicePlanSchema,
  due: z.array(serviceDueSchema),
  history: z.array(tierChangeSchema),
});
export type ClientTier = z.infer<typeof clientTierSchema>;

export const overrideInputSchema = z
  .object({
    clientId: clientIdSchema,
    /** null removes the override: the automatic tier stands again. */
    tierKey: tierKeySchema.nullable(),
    reason: z.string().trim().max(500).default(''),
  })
  .strict()
  .refine((input) => input.tierKey === null || input.reason.length > 0, {
    message: 'validation.overrideReason',
    path: ['reason'],
  });

/** Rows one overdue-list request may ask for; the list of a whole book comes a page at a time. */
export const MAX_OVERDUE_PAGE = 500;

export const overdueQuerySchema = z
  .object({
    asOf: isoDateSchema.optional(),
    tier: tierKeySchema.optional(),
    kind: z.enum(SERVICE_KINDS).optional(),
    /** Only the first rows of each tier, the most late first (the 今日 card's top five). */
    perTier: z.number().int().min(1).max(50).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(MAX_OVERDUE_PAGE).default(100),
  })
  .strict();
export type OverdueQuery = z.input<typeof overdueQuerySchema>;

export const overdueRowSchema = z.object({
  clientId: z.string(),
  clientName: z.string(),
  tierKey: z.string(),
  kind: z.enum(SERVICE_KINDS),
  last: z.string().nullable(),
  dueOn: z.string(),
  daysLate: z.number().int().min(0),
});
export type OverdueRow = z.infer<typeof overdueRowSchema>;

export const overdueListSchema = z.object({
  asOf: z.string(),
  /** When the tiers were last recomputed (null: never; the list is then empty). */
  recomputedAt: z.string().nullable(),
  /** Rows due or late in all (before `perTier` and paging), and how many of them in each tier. */
  total: z.number().int(),
  byTier: z.array(z.object({ tierKey: z.string(), count: z.number().int() })),
  /** The page asked for, by tier order, then the most late first. */
  rows: z.array(overdueRowSchema),
});
export type OverdueList = z.infer<typeof overdueListSchema>;

export const householdMemberSchema = z.object({
  clientId: z.string(),
  name: z.string(),
  /** How the member relates to the client asked about (null for that client). */
  relation: householdRelationSchema.nullable(),
  assetsTwd: z.number(),
  source: z.enum(ASSET_SOURCES),
  /** Currencies held without a rate: not counted. */
  missing: z.array(currencySchema),
  lastContact: z.string().nullable(),
});

export const householdSchema = z.object({
  clientId: clientIdSchema,
  members: z.array(householdMemberSchema),
  totalTwd: z.number(),
  /** The firm's stated rates used, and their date. */
  rates: z.array(z.object({ currency: currencySchema, toTwd: z.number() })),
  fxAsOf: z.string(),
  tierKey: z.string(),
  /** The household's latest contact with any member. */
  lastContact: z.string().nullable(),
});
export type Household = z.infer<typeof householdSchema>;
