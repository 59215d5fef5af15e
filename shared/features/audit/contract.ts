import { z } from 'zod';
import { LANGUAGES } from '../../i18n/messages';
import { channel, contractPart } from '../../ipc/define';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../kernel/limits';
import { AUDIT_CHANNELS } from './channels';

/** One line of the audit trail, as the compliance screen shows it. */
export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  /** A declared action (see `auditActionWords` in shared/ipc/contract.ts); older databases may hold retired names. */
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  /** Never client data: field names and counts only. */
  detail: z.string().nullable(),
  /** The advisor's name as set in settings when the entry was written, and the OS user. */
  actorName: z.string().nullable(),
  actorOsUser: z.string().nullable(),
  /** The client's name, looked up while unlocked for display: the log itself holds no client data. */
  clientName: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditFilterSchema = z
  .object({
    /** Entries at or after this instant (ISO), e.g. the start of a calendar day in the user's time zone. */
    from: z.iso.datetime({ offset: true }).optional(),
    /** Entries before this instant (ISO). */
    to: z.iso.datetime({ offset: true }).optional(),
    action: z.string().min(1).max(100).optional(),
    clientId: z.string().uuid().optional(),
  })
  .strict();
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const AUDIT_EXPORT_MAX_ROWS = 100_000;

export const auditContract = contractPart(AUDIT_CHANNELS, {
  /** Newest first, filtered. */
  'audit.list': channel({
    input: z
      .object({
        filter: auditFilterSchema.default({}),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
      })
      .strict(),
    output: z.object({ total: z.number().int(), items: z.array(auditEntrySchema) }),
    needsUnlock: true,
    audit: null,
  }),
  /** The filtered trail as CSV, with actions in words in the chosen language. */
  'audit.exportCsv': channel({
    input: z
      .object({ filter: auditFilterSchema.default({}), language: z.enum(LANGUAGES).default('zh-TW') })
      .strict(),
    output: z.object({ csv: z.string(), count: z.number().int() }),
    needsUnlock: true,
    audit: {
      action: 'audit.export',
      entity: 'audit',
      words: { 'zh-TW': '匯出稽核軌跡', en: 'Exported the audit trail' },
      detail: (_input, output) => `${output.count} rows`,
    },
  }),
});
