import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';
import { optionalText, requiredText } from '../../kernel/text-fields';
import { clientIdSchema, isoDateSchema } from '../clients';

/**
 * Records of information given (O2.2.1): which material went to which clients, when, how and by
 * whom. The material is named by kind, reference and its title at the time (a deck renamed later
 * keeps the title it was given under). Words live here once; screens, CSV and the copy read them.
 */

export const MATERIAL_KINDS = ['deck', 'product_document', 'pdf', 'material'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];
export const MATERIAL_KIND_WORDS: Readonly<Record<MaterialKind, AuditWords>> = {
  deck: { 'zh-TW': '業務簡報', en: 'Briefing deck' },
  product_document: { 'zh-TW': '商品文件', en: 'Product documents' },
  pdf: { 'zh-TW': '本系統產出之 PDF', en: 'PDF made by the app' },
  material: { 'zh-TW': '其他資料', en: 'Other material' },
};

/** How it was given; the DM/email/SMS/phone of O2.2.2 and the LINE messages advisors use. */
export const GIVEN_METHODS = ['meeting', 'email', 'dm', 'post', 'line', 'sms', 'phone', 'other'] as const;
export type GivenMethod = (typeof GIVEN_METHODS)[number];
export const GIVEN_METHOD_WORDS: Readonly<Record<GivenMethod, AuditWords>> = {
  meeting: { 'zh-TW': '面談或會議', en: 'Meeting' },
  email: { 'zh-TW': '電子郵件寄送', en: 'Email' },
  dm: { 'zh-TW': 'DM 文宣', en: 'DM' },
  post: { 'zh-TW': '郵寄', en: 'Post' },
  line: { 'zh-TW': 'LINE 訊息', en: 'LINE message' },
  sms: { 'zh-TW': '簡訊', en: 'SMS' },
  phone: { 'zh-TW': '電話說明', en: 'Phone' },
  other: { 'zh-TW': '其他方式', en: 'Other' },
};

/** At most this many clients in one record (a mailing to a book is several records). */
export const MAX_RECIPIENTS = 500;

export const materialSchema = z.object({
  kind: z.enum(MATERIAL_KINDS, { message: 'validation.invalid' }),
  /** The deck's, product's or PDF's internal ID; null for a named material. */
  refId: z.string().trim().min(1).max(100).nullable(),
  title: requiredText(200),
});
export type Material = z.output<typeof materialSchema>;

export const informationGivenInputSchema = z.object({
  material: materialSchema,
  clientIds: z
    .array(clientIdSchema)
    .min(1, { message: 'validation.recipientsRequired' })
    .max(MAX_RECIPIENTS, { message: 'validation.tooManyRecipients' })
    .refine((ids) => new Set(ids).size === ids.length, { message: 'validation.duplicateRecipient' }),
  givenOn: isoDateSchema,
  method: z.enum(GIVEN_METHODS, { message: 'validation.invalid' }),
  note: optionalText(1000),
});
export type InformationGivenInput = z.input<typeof informationGivenInputSchema>;
export type InformationGivenData = z.output<typeof informationGivenInputSchema>;

export const recipientSchema = z.object({
  clientId: z.string(),
  /** Null once the client's personal data was deleted (the record is kept: docs/retention.md). */
  clientName: z.string().nullable(),
});

export const informationRecordSchema = z.object({
  id: z.string(),
  material: z.object({ kind: z.enum(MATERIAL_KINDS), refId: z.string().nullable(), title: z.string() }),
  recipients: z.array(recipientSchema),
  givenOn: z.string(),
  method: z.enum(GIVEN_METHODS),
  /** The session's advisor (the audit trail's actor) when it was recorded. */
  givenBy: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type InformationRecord = z.infer<typeof informationRecordSchema>;

export const informationListFilterSchema = z
  .object({
    clientId: clientIdSchema.optional(),
    materialKind: z.enum(MATERIAL_KINDS).optional(),
    refId: z.string().max(100).optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
  })
  .strict();
export type InformationListFilter = z.infer<typeof informationListFilterSchema>;

export const REPORT_GROUPINGS = ['material', 'client'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

/** One line of the report: one material given to one client, the group first. */
export const reportLineSchema = z.object({
  givenOn: z.string(),
  material: informationRecordSchema.shape.material,
  clientId: z.string(),
  clientName: z.string().nullable(),
  method: z.enum(GIVEN_METHODS),
  givenBy: z.string(),
});
export type ReportLine = z.infer<typeof reportLineSchema>;

export const informationReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  by: z.enum(REPORT_GROUPINGS),
  /** Groups in order: by material (title, kind, reference) or by client (name, ID). */
  groups: z.array(
    z.object({ key: z.string(), label: z.string().nullable(), lines: z.array(reportLineSchema) }),
  ),
});
export type InformationReport = z.infer<typeof informationReportSchema>;
