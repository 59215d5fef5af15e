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

/** The chain check: every entry's hash recomputed; the first one that does not match is named. */
export const auditChainCheckSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), count: z.number().int() }),
  z.object({
    ok: z.literal(false),
    count: z.number().int(),
    firstBrokenId: z.number().int(),
    firstBroken: z.object({ id: z.number().int(), at: z.string(), action: z.string() }),
  }),
]);
export type AuditChainCheck = z.infer<typeof auditChainCheckSchema>;

/** What `audit head` and the export button hand to the compliance office (docs/security.md). */
export const auditHeadExportSchema = z.object({
  format: z.literal('advisordesk-audit-head'),
  version: z.literal(1),
  count: z.number().int(),
  lastId: z.number().int().nullable(),
  /** HMAC-SHA-256 (hex) of the last entry, chaining every entry before it. */
  hash: z.string(),
  /** When the last entry was written, and when the head was exported (ISO, UTC). */
  lastAt: z.string().nullable(),
  exportedAt: z.string(),
});
export type AuditHeadExport = z.infer<typeof auditHeadExportSchema>;

const none = z.object({}).strict();

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
  'audit.verifyChain': channel({
    input: none,
    output: auditChainCheckSchema,
    needsUnlock: true,
    audit: null,
  }),
  /** The head as it stood just before this export's own entry, which is appended after it. */
  'audit.exportHead': channel({
    input: none,
    output: auditHeadExportSchema,
    needsUnlock: true,
    audit: {
      action: 'audit.export_head',
      entity: 'audit',
      words: { 'zh-TW': '匯出稽核鏈頭', en: 'Exported the audit chain head' },
      detail: (_input, output) => `${output.count} rows`,
    },
  }),
});
