import { z } from 'zod';
import { clientIdSchema } from './schema';

/**
 * How long a deleted client's kept records stay: years after the relationship ends (AML record
 * keeping asks for at least 5). The one home of the default; `retentionYearsOf` prefers the
 * firm's `compliance.retentionYears` setting when that section exists.
 */
export const DEFAULT_RETENTION_YEARS = 5;

export function retentionYearsOf(settings: object): number {
  const years = (settings as { compliance?: { retentionYears?: unknown } }).compliance?.retentionYears;
  return typeof years === 'number' && Number.isInteger(years) && years > 0 ? years : DEFAULT_RETENTION_YEARS;
}

/** Why a write for a deleted client is refused (NOT_FOUND details, shown on screen and by the CLI). */
export const CLIENT_DELETED_PROBLEM = { 'zh-TW': '此客戶已刪除', en: 'This client was deleted' } as const;

/** What a deletion did: the first one leaves a tombstone, the one after the retention period purges. */
export const CLIENT_DELETION_OUTCOMES = ['tombstone', 'purged'] as const;
export type ClientDeletionOutcome = (typeof CLIENT_DELETION_OUTCOMES)[number];

export const CLIENT_DELETION_OUTCOME_WORDS = {
  tombstone: { 'zh-TW': '已移除個人資料，保留法定紀錄', en: 'personal data removed, required records kept' },
  purged: { 'zh-TW': '保存期限屆滿，法定紀錄已清除', en: 'retention ended, kept records purged' },
} as const;

export const clientDeletionInputSchema = z
  .object({
    id: clientIdSchema,
    /** Why (a data-subject request, the end of the relationship…); kept with the tombstone, not in the audit trail. */
    reason: z
      .string()
      .trim()
      .min(1, { message: 'validation.required' })
      .max(500, { message: 'validation.tooLong' }),
    /** The client's name typed again: the confirmation that this is the client meant. */
    confirmName: z.string().max(200),
  })
  .strict();

export const clientDeletionSchema = z.object({
  id: clientIdSchema,
  outcome: z.enum(CLIENT_DELETION_OUTCOMES),
  /** The day the relationship ended (ISO date) and the last day the kept records are held. */
  relationshipEndedOn: z.string(),
  retainUntil: z.string(),
});
export type ClientDeletion = z.infer<typeof clientDeletionSchema>;
