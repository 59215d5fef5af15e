import { z } from 'zod';
import { channel, codeWords, contractPart, type AuditWords } from '../../ipc/define';
import { MAX_IMPORT_CSV_CHARS } from '../../kernel/limits';
import { CLIENT_CHANNELS } from './channels';
import {
  BULK_CLIENT_CHANGE_KINDS,
  bulkClientUpdateInputSchema,
  bulkClientUpdateSchema,
  clientArchiveInputSchema,
  clientListOptionsSchema,
  clientMergeInputSchema,
  clientMergeSchema,
  MAX_BULK_CLIENTS,
} from './book';
import {
  clientIdSchema,
  clientInputSchema,
  clientListFilterSchema,
  clientListQuerySchema,
  clientSchema,
  clientSummarySchema,
  clientUpdateSchema,
} from './schema';
import { CLIENT_DELETION_OUTCOME_WORDS, clientDeletionInputSchema, clientDeletionSchema } from './retention';

/** Client dossiers: every write and every disclosure (reveal, export, print) is audited by record, never by content. */
export const clientsContract = contractPart(CLIENT_CHANNELS, {
  'clients.list': channel({
    input: clientListQuerySchema.strict(),
    output: z.object({ total: z.number().int(), items: z.array(clientSummarySchema) }),
    needsUnlock: true,
    audit: null,
  }),
  'clients.get': channel({
    input: z.object({ id: clientIdSchema }).strict(),
    output: clientSchema,
    needsUnlock: true,
    audit: null,
  }),
  'clients.create': channel({
    input: z.object({ data: clientInputSchema }).strict(),
    output: clientSchema,
    needsUnlock: true,
    audit: {
      action: 'client.create',
      entity: 'client',
      words: { 'zh-TW': '新增客戶', en: 'Added a client' },
      entityId: (_input, output) => output.id,
    },
  }),
  'clients.update': channel({
    input: z
      .object({ id: clientIdSchema, version: z.number().int().positive(), data: clientUpdateSchema })
      .strict(),
    output: clientSchema,
    needsUnlock: true,
    audit: {
      action: 'client.update',
      entity: 'client',
      words: { 'zh-TW': '修改客戶資料', en: 'Changed a client' },
      entityId: (input) => input.id,
      detail: (input) => (input.data.nationalId === undefined ? null : 'national_id changed'),
    },
  }),
  /** Shows one client's full national ID; every reveal is written to the audit trail. */
  'clients.revealNationalId': channel({
    input: z.object({ id: clientIdSchema }).strict(),
    /** null: none on file (a prospect's). */
    output: z.object({ nationalId: z.string().nullable() }),
    needsUnlock: true,
    audit: {
      action: 'client.reveal_national_id',
      entity: 'client',
      words: { 'zh-TW': '顯示完整身分證字號', en: 'Showed a full national ID' },
      entityId: (input) => input.id,
    },
  }),
  /** All rows or none: any bad row fails the import with IMPORT_INVALID and row errors. */
  'clients.importCsv': channel({
    input: z.object({ csv: z.string().max(MAX_IMPORT_CSV_CHARS) }).strict(),
    output: z.object({ imported: z.number().int() }),
    needsUnlock: true,
    audit: {
      action: 'client.import',
      entity: 'client',
      words: { 'zh-TW': '匯入客戶', en: 'Imported clients' },
      detail: (_input, output) => `${output.imported} rows`,
    },
  }),
  'clients.exportCsv': channel({
    input: z.object({ includeNationalId: z.boolean().default(false) }).strict(),
    output: z.object({ csv: z.string(), count: z.number().int() }),
    needsUnlock: true,
    audit: {
      action: 'client.export',
      entity: 'client',
      words: { 'zh-TW': '匯出客戶', en: 'Exported clients' },
      detail: (input, output) =>
        `${output.count} rows${input.includeNationalId ? ', full national IDs' : ''}`,
    },
  }),
  /** The 客戶資料卡 as a base64 PDF (base64 so every transport carries it alike). */
  'clients.dossierPdf': channel({
    input: z.object({ id: clientIdSchema }).strict(),
    output: z.object({ fileName: z.string(), pdfBase64: z.string() }),
    needsUnlock: true,
    audit: {
      action: 'client.print',
      entity: 'client',
      words: { 'zh-TW': '列印客戶資料卡', en: 'Printed a client dossier' },
      entityId: (input) => input.id,
      detail: () => 'dossier pdf',
    },
  }),
  /**
   * Deletes a client (not archiving): personal data removed, the records the retention rules keep
   * held under a tombstone until the period ends; called again after that, purges them.
   */
  'clients.delete': channel({
    input: clientDeletionInputSchema,
    output: clientDeletionSchema,
    needsUnlock: true,
    audit: {
      action: 'client.delete',
      entity: 'client',
      words: { 'zh-TW': '刪除客戶', en: 'Deleted a client' },
      entityId: (input) => input.id,
      detail: (_input, output) => output.outcome,
      detailWords: (detail, language) => codeWords(CLIENT_DELETION_OUTCOME_WORDS, detail, language),
    },
  }),
  /** Every client the list's filter matches, for "select all" (the list itself is paged). */
  'clients.ids': channel({
    input: clientListFilterSchema.strict(),
    output: z.object({ ids: z.array(clientIdSchema).max(MAX_BULK_CLIENTS), total: z.number().int() }),
    needsUnlock: true,
    audit: null,
  }),
  /** The advisors and tags on file, for the list's filters. */
  'clients.listOptions': channel({
    input: z.object({}).strict(),
    output: clientListOptionsSchema,
    needsUnlock: true,
    audit: null,
  }),
  /** One change (a tag added or removed, an advisor assigned) to every selected client: all or none. */
  'clients.bulkUpdate': channel({
    input: bulkClientUpdateInputSchema,
    output: bulkClientUpdateSchema,
    needsUnlock: true,
    audit: {
      action: 'client.bulk_update',
      entity: 'client',
      words: { 'zh-TW': '批次修改客戶', en: 'Changed clients in bulk' },
      detail: (input, output) => `${input.change.kind} ${output.changed}`,
      detailWords: (detail, language) => {
        const [kind, count] = detail.split(' ');
        const words = codeWords(BULK_CHANGE_WORDS, kind, language);
        if (words === null || !/^\d+$/.test(count ?? '')) return null;
        return language === 'zh-TW' ? `${words}：${count} 位` : `${words}: ${count} clients`;
      },
    },
  }),
  'clients.archive': channel({
    input: clientArchiveInputSchema,
    output: clientSchema,
    needsUnlock: true,
    audit: {
      action: 'client.archive',
      entity: 'client',
      words: { 'zh-TW': '封存或取消封存客戶', en: 'Archived or restored a client' },
      entityId: (input) => input.id,
      detail: (input) => (input.archived ? 'archived' : 'restored'),
      detailWords: (detail, language) => codeWords(ARCHIVE_WORDS, detail, language),
    },
  }),
  /** Merges a duplicate dossier into the one kept (book.ts): the entry names both. */
  'clients.merge': channel({
    input: clientMergeInputSchema,
    output: clientMergeSchema,
    needsUnlock: true,
    audit: {
      action: 'client.merge',
      entity: 'client',
      words: { 'zh-TW': '合併重複客戶資料', en: 'Merged a duplicate dossier' },
      entityId: (input) => input.keepId,
      detail: (input, output) => `${input.mergeId} ${output.moved.reduce((sum, m) => sum + m.rows, 0)}`,
      detailWords: (detail, language) => {
        const [mergedId, rows] = detail.split(' ');
        if (!mergedId || !/^\d+$/.test(rows ?? '')) return null;
        return language === 'zh-TW'
          ? `併入客戶 ${mergedId}，移轉 ${rows} 筆紀錄`
          : `merged client ${mergedId}, ${rows} records moved`;
      },
    },
  }),
});

const BULK_CHANGE_WORDS: Readonly<Record<(typeof BULK_CLIENT_CHANGE_KINDS)[number], AuditWords>> = {
  addTag: { 'zh-TW': '加上標籤', en: 'tag added' },
  removeTag: { 'zh-TW': '移除標籤', en: 'tag removed' },
  assignAdvisor: { 'zh-TW': '指派理財顧問', en: 'advisor assigned' },
};

const ARCHIVE_WORDS = {
  archived: { 'zh-TW': '封存', en: 'archived' },
  restored: { 'zh-TW': '取消封存', en: 'restored' },
} as const;
