import { z } from 'zod';
import { channel, codeWords, contractPart } from '../../ipc/define';
import { MAX_IMPORT_CSV_CHARS } from '../../kernel/limits';
import { CLIENT_CHANNELS } from './channels';
import {
  clientIdSchema,
  clientInputSchema,
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
    output: z.object({ nationalId: z.string() }),
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
});
