import { z } from 'zod';
import { channel, codeWords, contractPart, type AuditWords } from '../../ipc/define';
import { COMPLIANCE_CHANNELS } from './channels';
import {
  complaintInputSchema,
  complaintReplySchema,
  complaintSchema,
  CONTACT_FIELD_WORDS,
  DATA_REQUEST_KIND_WORDS,
  DATA_REQUEST_STATE_WORDS,
  dataRequestCloseSchema,
  dataRequestExtendSchema,
  dataRequestInputSchema,
  dataRequestSchema,
  dashboardCardSchema,
  flagReviewSchema,
  misconductFlagSchema,
  COMPLAINT_STATES,
} from './schema';

const idSchema = z.string().uuid({ message: 'validation.id' });
const versioned = { id: idSchema, version: z.number().int().positive() };
const languageSchema = z.enum(['zh-TW', 'en']);

/** A copy that shows the national ID in full says so in its audit entry: it is also a reveal. */
const FULL_NATIONAL_ID = 'full national id';
const FULL_NATIONAL_ID_WORDS: AuditWords = { 'zh-TW': '含完整身分證字號', en: 'full national ID' };

/** 'kind copy' / 'kind copy, full national id' / 'kind delete, state done' in words. */
function requestWords(detail: string, language: keyof AuditWords): string | null {
  const match = /^kind (\w+)(?:, state (\w+)|, (full national id))?$/.exec(detail);
  const kind = codeWords(DATA_REQUEST_KIND_WORDS, match?.[1], language);
  if (kind === null) return null;
  const state =
    match?.[3] === FULL_NATIONAL_ID
      ? FULL_NATIONAL_ID_WORDS[language]
      : match?.[2] === undefined
        ? null
        : codeWords(DATA_REQUEST_STATE_WORDS, match[2], language);
  return state === null ? kind : `${kind}${language === 'zh-TW' ? '，' : ', '}${state}`;
}

/** 'field phone' in words. */
function fieldWords(detail: string, language: keyof AuditWords): string | null {
  return codeWords(CONTACT_FIELD_WORDS, /^field (\w+)$/.exec(detail)?.[1], language);
}

export const copyPackageSchema = z.object({
  /** The folder the files go in: 個資複製本_<request date>. */
  folderName: z.string(),
  files: z.array(z.object({ name: z.string(), text: z.string().nullable(), base64: z.string().nullable() })),
});
export type CopyPackage = z.infer<typeof copyPackageSchema>;

/**
 * Complaints, personal-data requests and misconduct flags. Audited on the client (its internal
 * ID); details hold codes only, never a subject, a reply or a contact detail.
 */
export const complianceContract = contractPart(COMPLIANCE_CHANNELS, {
  'complaints.list': channel({
    input: z.object({ state: z.enum(COMPLAINT_STATES).optional() }).strict(),
    output: z.array(complaintSchema),
    needsUnlock: true,
    audit: null,
  }),
  'complaints.add': channel({
    input: z.object({ data: complaintInputSchema }).strict(),
    output: complaintSchema,
    needsUnlock: true,
    audit: {
      action: 'complaint.create',
      entity: 'client',
      words: { 'zh-TW': '登錄客訴', en: 'Logged a complaint' },
      entityId: (input) => input.data.clientId,
    },
  }),
  'complaints.reply': channel({
    input: z.object({ ...versioned, data: complaintReplySchema }).strict(),
    output: complaintSchema,
    needsUnlock: true,
    audit: {
      action: 'complaint.reply',
      entity: 'client',
      words: { 'zh-TW': '回覆客訴', en: 'Replied to a complaint' },
      entityId: (_input, output) => output.clientId,
    },
  }),
  'complaints.close': channel({
    input: z.object(versioned).strict(),
    output: complaintSchema,
    needsUnlock: true,
    audit: {
      action: 'complaint.close',
      entity: 'client',
      words: { 'zh-TW': '客訴結案', en: 'Closed a complaint' },
      entityId: (_input, output) => output.clientId,
    },
  }),
  'privacy.requests': channel({
    input: z.object({ openOnly: z.boolean().optional() }).strict(),
    output: z.array(dataRequestSchema),
    needsUnlock: true,
    audit: null,
  }),
  'privacy.addRequest': channel({
    input: z.object({ data: dataRequestInputSchema }).strict(),
    output: dataRequestSchema,
    needsUnlock: true,
    audit: {
      action: 'privacy.request_create',
      entity: 'client',
      words: { 'zh-TW': '登錄個資請求', en: 'Logged a personal-data request' },
      entityId: (input) => input.data.clientId,
      detail: (input) => `kind ${input.data.kind}`,
      detailWords: requestWords,
    },
  }),
  'privacy.closeRequest': channel({
    input: z.object({ ...versioned, data: dataRequestCloseSchema }).strict(),
    output: dataRequestSchema,
    needsUnlock: true,
    audit: {
      action: 'privacy.request_close',
      entity: 'client',
      words: { 'zh-TW': '個資請求結案', en: 'Closed a personal-data request' },
      entityId: (_input, output) => output.clientId,
      detail: (_input, output) => `kind ${output.kind}, state ${output.state}`,
      detailWords: requestWords,
    },
  }),
  'privacy.extendRequest': channel({
    input: z.object({ ...versioned, data: dataRequestExtendSchema }).strict(),
    output: dataRequestSchema,
    needsUnlock: true,
    audit: {
      action: 'privacy.request_extend',
      entity: 'client',
      words: { 'zh-TW': '延長個資請求期限', en: 'Extended a personal-data request' },
      entityId: (_input, output) => output.clientId,
      detail: (_input, output) => `kind ${output.kind}`,
      detailWords: requestWords,
    },
  }),
  /**
   * A copy request's answer: the client's data as a PDF, one JSON and CSVs (an export: audited).
   * The national ID is masked unless `fullNationalId` (the user revealed it for this copy, and the
   * entry says so).
   */
  'privacy.copyPackage': channel({
    input: z
      .object({
        id: idSchema,
        language: languageSchema.default('zh-TW'),
        fullNationalId: z.boolean().default(false),
      })
      .strict(),
    /** `fullNationalId`: whether the copy shows it (never for a deleted client, whose ID stays masked). */
    output: copyPackageSchema.extend({ clientId: z.string(), fullNationalId: z.boolean() }),
    needsUnlock: true,
    audit: {
      action: 'privacy.copy_export',
      entity: 'client',
      words: { 'zh-TW': '匯出個資複製本', en: 'Exported a copy of personal data' },
      entityId: (_input, output) => output.clientId,
      detail: (_input, output) => `kind copy${output.fullNationalId ? `, ${FULL_NATIONAL_ID}` : ''}`,
      detailWords: requestWords,
    },
  }),
  /**
   * A delete request carried out: the client's personal data removed by the client-deletion
   * service, which keeps what retention requires; the request is closed as done.
   */
  'privacy.deleteClient': channel({
    input: z.object({ id: idSchema, reason: z.string().trim().min(1).max(500) }).strict(),
    output: dataRequestSchema,
    needsUnlock: true,
    audit: {
      action: 'privacy.delete_client',
      entity: 'client',
      words: { 'zh-TW': '依請求刪除客戶個資', en: "Deleted a client's personal data on request" },
      entityId: (_input, output) => output.clientId,
    },
  }),
  'compliance.flags': channel({
    input: z.object({ includeReviewed: z.boolean().optional() }).strict(),
    output: z.array(misconductFlagSchema),
    needsUnlock: true,
    audit: null,
  }),
  'compliance.reviewFlag': channel({
    input: flagReviewSchema.strict(),
    output: misconductFlagSchema,
    needsUnlock: true,
    audit: {
      action: 'compliance.flag_review',
      entity: 'client',
      words: { 'zh-TW': '覆核聯絡資料相同警示', en: 'Reviewed a shared-contact flag' },
      entityId: (_input, output) => output.parties.find((p) => p.clientId !== null)?.clientId ?? null,
      detail: (_input, output) => `field ${output.field}`,
      detailWords: fieldWords,
    },
  }),
  'compliance.dashboard': channel({
    input: z.object({}).strict(),
    output: z.array(dashboardCardSchema),
    needsUnlock: true,
    audit: null,
  }),
});
