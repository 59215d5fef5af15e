import { z } from 'zod';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../kernel/limits';
import { CURRENCIES } from '../../kernel/money';
import { optionalText, requiredText } from '../../kernel/text-fields';
import { nationalIdProblem, normalizeNationalId } from './national-id';

export { CURRENCIES, type Currency } from '../../kernel/money';

/** Client dossier (O1.1.1 client basic data). Messages are keys into shared/i18n. */

export const CLIENT_STATUSES = ['prospect', 'active', 'dormant', 'closed'] as const;
export const GENDERS = ['F', 'M', 'X'] as const;
export const ACQUISITION_SOURCES = [
  'referral',
  'walk_in',
  'seminar',
  'existing_client',
  'online',
  'cold_call',
  'other',
] as const;
export const HOUSEHOLD_RELATIONS = ['spouse', 'parent', 'child', 'sibling', 'other'] as const;

export const clientStatusSchema = z.enum(CLIENT_STATUSES);

/** Tags one client may carry (the form, the CSV import and a bulk "add tag" all stop there). */
export const MAX_CLIENT_TAGS = 20;
export const genderSchema = z.enum(GENDERS);
export const currencySchema = z.enum(CURRENCIES);
export const acquisitionSourceSchema = z.enum(ACQUISITION_SOURCES);
export const householdRelationSchema = z.enum(HOUSEHOLD_RELATIONS);

export type ClientStatus = z.infer<typeof clientStatusSchema>;
export type Gender = z.infer<typeof genderSchema>;
export type AcquisitionSource = z.infer<typeof acquisitionSourceSchema>;
export type HouseholdRelation = z.infer<typeof householdRelationSchema>;

export const clientIdSchema = z.string().uuid({ message: 'validation.id' });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isoDateSchema = z
  .string()
  .regex(ISO_DATE, { message: 'validation.date' })
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    },
    { message: 'validation.date' },
  );

/**
 * A national ID or none: a blank entry is none (null). Only a prospect may have none
 * (`lacksRequiredNationalId`), which the clients service and the CSV import enforce, as the status
 * and the ID kept on file decide it together.
 */
export const optionalNationalIdSchema = z
  .string({ message: 'validation.nationalId.format' })
  .nullable()
  .transform((raw) => (raw === null || raw.trim() === '' ? null : normalizeNationalId(raw)))
  .superRefine((id, ctx) => {
    const problem = id === null ? null : nationalIdProblem(id);
    if (problem) ctx.addIssue({ code: 'custom', message: `validation.nationalId.${problem}` });
  });

/** The message of a client other than a prospect saved without a national ID. */
export const NATIONAL_ID_REQUIRED = 'validation.nationalId.required';

/** A prospect (a lead met at a seminar) may be on file without a national ID; nobody else may. */
export function lacksRequiredNationalId(client: {
  status: ClientStatus;
  nationalId: string | null;
}): boolean {
  return client.status !== 'prospect' && client.nationalId === null;
}

const PHONE = /^[+0-9][0-9 ()-]{5,19}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const amountSchema = z
  .number({ message: 'validation.amount' })
  .finite({ message: 'validation.amount' })
  .min(0, { message: 'validation.nonNegative' })
  .max(1e13, { message: 'validation.tooLarge' });

export const assetHoldingSchema = z.object({
  currency: currencySchema,
  amount: amountSchema,
});
export type AssetHolding = z.infer<typeof assetHoldingSchema>;

/**
 * The dossier's asset summary computed from the client's holdings (per-currency totals and the
 * date of the exchange rates), when the client holds any. The clients feature does not know the
 * holdings feature: app.ts hands the clients service a function that answers this.
 */
export const assetsFromHoldingsSchema = z.object({
  assets: z.array(assetHoldingSchema),
  fxAsOf: z.string(),
});
export type AssetsFromHoldings = z.infer<typeof assetsFromHoldingsSchema>;

export const householdLinkSchema = z.object({
  clientId: clientIdSchema,
  relation: householdRelationSchema,
});
export type HouseholdLink = z.infer<typeof householdLinkSchema>;

const clientFields = {
  name: requiredText(50),
  birthDate: isoDateSchema.nullable(),
  gender: genderSchema,
  phone: optionalText(20).refine((s) => s === null || PHONE.test(s), { message: 'validation.phone' }),
  email: optionalText(120).refine((s) => s === null || EMAIL.test(s), { message: 'validation.email' }),
  address: optionalText(200),
  occupation: optionalText(60),
  employer: optionalText(100),
  annualIncomeTwd: amountSchema.nullable(),
  investableAssets: z
    .array(assetHoldingSchema)
    .max(CURRENCIES.length)
    .refine((list) => new Set(list.map((h) => h.currency)).size === list.length, {
      message: 'validation.duplicateCurrency',
    }),
  sourceOfWealth: optionalText(200),
  acquisitionSource: acquisitionSourceSchema,
  status: clientStatusSchema,
  advisor: optionalText(50),
  tags: z.array(requiredText(20)).max(MAX_CLIENT_TAGS),
  notes: optionalText(4000),
  household: z.array(householdLinkSchema).max(20),
};

/** What a user enters to create a client: a prospect may come without a national ID (null). */
export const clientInputSchema = z.object({ ...clientFields, nationalId: optionalNationalIdSchema });
export type ClientInput = z.input<typeof clientInputSchema>;
export type ClientData = z.output<typeof clientInputSchema>;

/** What a user sends to change a client: the national ID only when it changes (null: none, a prospect's). */
export const clientUpdateSchema = z.object({
  ...clientFields,
  nationalId: optionalNationalIdSchema.optional(),
});
export type ClientUpdateInput = z.input<typeof clientUpdateSchema>;
export type ClientUpdateData = z.output<typeof clientUpdateSchema>;

/** A client as every screen and document sees it: the national ID masked. */
export const clientSchema = z.object({
  id: clientIdSchema,
  name: z.string(),
  /** '' when the client has none (a prospect) or was deleted. */
  nationalIdMasked: z.string(),
  birthDate: z.string().nullable(),
  gender: genderSchema,
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  occupation: z.string().nullable(),
  employer: z.string().nullable(),
  annualIncomeTwd: z.number().nullable(),
  investableAssets: z.array(assetHoldingSchema),
  /** Present when the client has holdings: the summary then comes from them, not from `investableAssets`. */
  assetsFromHoldings: assetsFromHoldingsSchema.optional(),
  sourceOfWealth: z.string().nullable(),
  acquisitionSource: acquisitionSourceSchema,
  status: clientStatusSchema,
  advisor: z.string().nullable(),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  /** Links this client made and links others made to this client, with the other side's name. */
  household: z.array(householdLinkSchema.extend({ name: z.string() })),
  /** Made by `seed-demo` for trying the app: not a real client (removed by `clients purge-demo`). */
  isDemo: z.boolean(),
  /** Increases on every change; an update must name the version it started from. */
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Set on a deleted client's tombstone, which holds no personal data (docs/retention.md). */
  deletedAt: z.string().nullable().optional(),
  /** Set while the client is archived: out of the working book, kept whole (book.ts). */
  archivedAt: z.string().nullable().optional(),
});
export type Client = z.infer<typeof clientSchema>;

/** The assets the dossier summarises: the holdings' totals when there are any, else the figures entered. */
export function summaryAssetsOf(
  client: Pick<Client, 'investableAssets' | 'assetsFromHoldings'>,
): AssetHolding[] {
  return client.assetsFromHoldings?.assets ?? client.investableAssets;
}

/** One row of the client list. */
export const clientSummarySchema = z.object({
  id: clientIdSchema,
  name: z.string(),
  nationalIdMasked: z.string(),
  phone: z.string().nullable(),
  status: clientStatusSchema,
  advisor: z.string().nullable(),
  tags: z.array(z.string()),
  /** In TWD at the firm's rates; holdings in a currency without a rate are named, not counted. */
  totalAssetsTwd: z.object({ twd: z.number(), missing: z.array(currencySchema) }),
  isDemo: z.boolean(),
  updatedAt: z.string(),
  /** A deleted client's tombstone: no name, ID or contact details. */
  deleted: z.boolean().optional(),
  /** Out of the working book (shown only when the list asks for archived clients). */
  archived: z.boolean().optional(),
});
export type ClientSummary = z.infer<typeof clientSummarySchema>;

/** The list's sort keys: a click on a column header sorts by it, a second click reverses. */
export const CLIENT_SORTS = ['name', 'status', 'totalAssetsTwd', 'advisor', 'updatedAt'] as const;
export const clientSortSchema = z.enum(CLIENT_SORTS);
export type ClientSort = z.infer<typeof clientSortSchema>;
export const sortDirectionSchema = z.enum(['asc', 'desc']);
export type SortDirection = z.infer<typeof sortDirectionSchema>;
/** Each key's first direction: names A to Z, the largest assets and the latest change first. */
export const DEFAULT_SORT_DIRECTION: Readonly<Record<ClientSort, SortDirection>> = {
  name: 'asc',
  status: 'asc',
  totalAssetsTwd: 'desc',
  advisor: 'asc',
  updatedAt: 'desc',
};

/**
 * A filter another feature answers (tiers: `tier`, `overdue`; KYC: `kyc`), by key and value. The
 * clients feature does not know them: the core asks the feature that registered the key which
 * clients match, and refuses a key nobody registered or a value its feature does not accept.
 */
export const clientFacetsSchema = z
  .record(z.string().regex(/^[a-z][a-zA-Z]{0,29}$/), z.string().trim().min(1).max(40))
  .refine((facets) => Object.keys(facets).length <= 8, { message: 'validation.tooMany' });
export type ClientFacets = z.infer<typeof clientFacetsSchema>;

export const clientListFilterSchema = z.object({
  /** A name, national-ID or phone fragment; one character is enough. Control characters are dropped. */
  text: z
    .string()
    .max(50)
    // eslint-disable-next-line no-control-regex -- removing them is the point
    .transform((s) => s.replace(/[\u0000-\u001f\u007f]/g, '').trim())
    .optional(),
  status: clientStatusSchema.optional(),
  /** Clients with every one of these tags. */
  tags: z.array(z.string().trim().min(1).max(20)).max(10).optional(),
  /** The advisor exactly as on file; '' for clients with none. */
  advisor: z.string().trim().max(50).optional(),
  /** Without it the working book; true for the archived clients only. */
  archived: z.boolean().optional(),
  facets: clientFacetsSchema.optional(),
});
export type ClientListFilter = z.input<typeof clientListFilterSchema>;
export type ClientListFilterData = z.output<typeof clientListFilterSchema>;

export const clientListQuerySchema = clientListFilterSchema.extend({
  sort: clientSortSchema.default('updatedAt'),
  /** The sort key's own first direction when not given (DEFAULT_SORT_DIRECTION). */
  direction: sortDirectionSchema.optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});
export type ClientListQuery = z.input<typeof clientListQuerySchema>;
export type ClientListQueryData = z.output<typeof clientListQuerySchema>;
