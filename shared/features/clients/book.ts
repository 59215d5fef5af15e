import { z } from 'zod';
import { optionalText, requiredText } from '../../kernel/text-fields';
import { clientIdSchema, clientSchema } from './schema';

/**
 * What a book of 2,000 clients needs beyond one dossier (issue 12 §8): bulk changes to the clients
 * selected on the list, archiving, and merging a duplicate dossier into the one that stays.
 */

/** Clients one bulk change or one "select every match" may name: a whole book. */
export const MAX_BULK_CLIENTS = 10_000;

export const clientIdsSchema = z
  .array(clientIdSchema)
  .min(1, { message: 'validation.required' })
  .max(MAX_BULK_CLIENTS, { message: 'validation.tooMany' })
  .refine((ids) => new Set(ids).size === ids.length, { message: 'validation.duplicate' });

/** One change applied to every selected client; each client's version moves, as with a form save. */
export const bulkClientChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('addTag'), tag: requiredText(20) }).strict(),
  z.object({ kind: z.literal('removeTag'), tag: requiredText(20) }).strict(),
  /** null: no advisor. */
  z.object({ kind: z.literal('assignAdvisor'), advisor: optionalText(50) }).strict(),
]);
export type BulkClientChange = z.input<typeof bulkClientChangeSchema>;
export const BULK_CLIENT_CHANGE_KINDS = ['addTag', 'removeTag', 'assignAdvisor'] as const;

export const bulkClientUpdateInputSchema = z
  .object({ ids: clientIdsSchema, change: bulkClientChangeSchema })
  .strict();

/** `changed` leaves out the clients the change did not alter (a tag they had already). */
export const bulkClientUpdateSchema = z.object({ changed: z.number().int(), unchanged: z.number().int() });

/** The values the list's filters offer: the advisors and tags on file, with how many clients have each. */
export const clientListOptionsSchema = z.object({
  advisors: z.array(z.object({ advisor: z.string(), count: z.number().int() })),
  tags: z.array(z.object({ tag: z.string(), count: z.number().int() })),
});
export type ClientListOptions = z.infer<typeof clientListOptionsSchema>;

/**
 * Archived: out of the working book (the list, tiering, the 今日 page) but kept whole, and back in
 * it with one action. Not deletion: nothing is removed (docs/retention.md).
 */
export const clientArchiveInputSchema = z
  .object({ id: clientIdSchema, archived: z.boolean(), version: z.number().int().positive() })
  .strict();

/**
 * Merging a duplicate dossier into the one that stays: the duplicate's activities, holdings,
 * proposals and every other feature's records move to the one kept, its blank fields are filled
 * from the duplicate, tags and household links are combined, and the duplicate is removed. Refused
 * when both dossiers hold a national ID (two IDs are two people), and for a deleted client.
 */
export const clientMergeInputSchema = z
  .object({
    keepId: clientIdSchema,
    keepVersion: z.number().int().positive(),
    mergeId: clientIdSchema,
    mergeVersion: z.number().int().positive(),
  })
  .strict()
  .refine((input) => input.keepId !== input.mergeId, { message: 'validation.mergeSame', path: ['mergeId'] });

export const clientMergeSchema = z.object({
  client: clientSchema,
  /** Rows moved, by the feature that holds them ('activities', 'holdings', ...); features with none are left out. */
  moved: z.array(z.object({ feature: z.string(), rows: z.number().int() })),
});
export type ClientMerge = z.infer<typeof clientMergeSchema>;
