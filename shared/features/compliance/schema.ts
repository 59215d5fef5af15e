import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';
import { optionalText, requiredText } from '../../kernel/text-fields';
import { clientFieldLabel, clientIdSchema, isoDateSchema } from '../clients';
import { CONTACT_FIELDS, type ContactField } from './contact-match';
import { DATA_REQUEST_KINDS, type DataRequestKind } from './settings';

/** Compliance logs: complaints, personal-data requests, misconduct flags. Words live here once. */

export const COMPLAINT_CHANNELS_OF_RECEIPT = [
  'phone',
  'letter',
  'email',
  'in_person',
  'website',
  'regulator',
] as const;
export type ComplaintReceivedVia = (typeof COMPLAINT_CHANNELS_OF_RECEIPT)[number];
export const COMPLAINT_RECEIVED_VIA_WORDS: Readonly<Record<ComplaintReceivedVia, AuditWords>> = {
  phone: { 'zh-TW': '電話反映', en: 'Phone' },
  letter: { 'zh-TW': '書面信函', en: 'Letter' },
  email: { 'zh-TW': '電子郵件來信', en: 'Email' },
  in_person: { 'zh-TW': '臨櫃或面談', en: 'In person' },
  website: { 'zh-TW': '網站', en: 'Website' },
  regulator: { 'zh-TW': '主管機關轉介', en: 'Referred by the regulator' },
};

export const COMPLAINT_STATES = ['open', 'replied', 'closed'] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];
export const COMPLAINT_STATE_WORDS: Readonly<Record<ComplaintState, AuditWords>> = {
  open: { 'zh-TW': '處理中', en: 'Open' },
  replied: { 'zh-TW': '已回覆', en: 'Replied' },
  closed: { 'zh-TW': '已結案', en: 'Closed' },
};

export const OMBUDSMAN_STATE_WORDS: Readonly<Record<string, AuditWords>> = {
  not_applicable: {
    'zh-TW': '專業投資人，不適用評議程序',
    en: 'Professional investor: the Ombudsman route does not apply',
  },
  not_yet: { 'zh-TW': '回覆期限屆滿或回覆後起算', en: 'Starts at the reply or the reply deadline' },
  open: { 'zh-TW': '評議申請期間中', en: 'Ombudsman window open' },
  closed: { 'zh-TW': '評議申請期間已過', en: 'Ombudsman window passed' },
};

export const complaintInputSchema = z.object({
  clientId: clientIdSchema,
  receivedOn: isoDateSchema,
  receivedVia: z.enum(COMPLAINT_CHANNELS_OF_RECEIPT, { message: 'validation.invalid' }),
  subject: requiredText(200),
  productId: z.string().uuid({ message: 'validation.id' }).nullable(),
  details: optionalText(2000),
});
export type ComplaintInput = z.input<typeof complaintInputSchema>;
export type ComplaintData = z.output<typeof complaintInputSchema>;

export const complaintReplySchema = z.object({ reply: requiredText(4000), repliedOn: isoDateSchema });

/** A complaint as the screens show it, with its deadlines worked out for today. */
export const complaintSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  /** Null once the client's personal data was deleted. */
  clientName: z.string().nullable(),
  receivedOn: z.string(),
  receivedVia: z.enum(COMPLAINT_CHANNELS_OF_RECEIPT),
  subject: z.string(),
  productId: z.string().nullable(),
  productName: z.string().nullable(),
  details: z.string().nullable(),
  state: z.enum(COMPLAINT_STATES),
  reply: z.string().nullable(),
  repliedOn: z.string().nullable(),
  /** False for a professional investor on the day received (no Ombudsman route). */
  ombudsmanApplies: z.boolean(),
  replyDueOn: z.string(),
  replyOverdue: z.boolean(),
  ombudsmanUntil: z.string().nullable(),
  ombudsmanState: z.enum(['not_applicable', 'not_yet', 'open', 'closed']),
  version: z.number().int().positive(),
  createdAt: z.string(),
});
export type Complaint = z.infer<typeof complaintSchema>;

export const DATA_REQUEST_KIND_WORDS: Readonly<Record<DataRequestKind, AuditWords>> = {
  see: { 'zh-TW': '查詢或請求閱覽', en: 'See' },
  copy: { 'zh-TW': '請求製給複製本', en: 'Copy' },
  correct: { 'zh-TW': '請求補充或更正', en: 'Supplement or correct' },
  stop: { 'zh-TW': '請求停止蒐集、處理或利用', en: 'Stop collection, processing or use' },
  delete: { 'zh-TW': '請求刪除', en: 'Delete' },
};

export const IDENTITY_METHODS = ['id_card', 'passport', 'health_card', 'known_in_person', 'other'] as const;
export type IdentityMethod = (typeof IDENTITY_METHODS)[number];
export const IDENTITY_METHOD_WORDS: Readonly<Record<IdentityMethod, AuditWords>> = {
  id_card: { 'zh-TW': '國民身分證', en: 'National ID card' },
  passport: { 'zh-TW': '護照', en: 'Passport' },
  health_card: { 'zh-TW': '健保卡', en: 'Health insurance card' },
  known_in_person: { 'zh-TW': '當面確認本人', en: 'Known in person' },
  other: { 'zh-TW': '其他方式', en: 'Other' },
};

export const DATA_REQUEST_STATES = ['open', 'done', 'refused'] as const;
export type DataRequestState = (typeof DATA_REQUEST_STATES)[number];
export const DATA_REQUEST_STATE_WORDS: Readonly<Record<DataRequestState, AuditWords>> = {
  open: { 'zh-TW': '處理中', en: 'Open' },
  done: { 'zh-TW': '已完成', en: 'Done' },
  refused: { 'zh-TW': '依法拒絕', en: 'Refused' },
};

export const dataRequestInputSchema = z.object({
  clientId: clientIdSchema,
  kind: z.enum(DATA_REQUEST_KINDS, { message: 'validation.invalid' }),
  receivedOn: isoDateSchema,
  identityCheckedBy: requiredText(50),
  identityMethod: z.enum(IDENTITY_METHODS, { message: 'validation.invalid' }),
  details: optionalText(2000),
});
export type DataRequestInput = z.input<typeof dataRequestInputSchema>;
export type DataRequestData = z.output<typeof dataRequestInputSchema>;

export const dataRequestCloseSchema = z.object({
  state: z.enum(['done', 'refused']),
  outcome: requiredText(2000),
  closedOn: isoDateSchema,
});

/**
 * Extending a request's deadline, once (個人資料保護法 第 13 條): the day the requester was told in
 * writing, on or before the due day, and why. The deadline moves by the kind's period again.
 */
export const dataRequestExtendSchema = z.object({
  extendedOn: isoDateSchema,
  reason: requiredText(500),
});

export const dataRequestSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  clientName: z.string().nullable(),
  kind: z.enum(DATA_REQUEST_KINDS),
  receivedOn: z.string(),
  identityCheckedBy: z.string(),
  identityMethod: z.enum(IDENTITY_METHODS),
  details: z.string().nullable(),
  /** Worked out from the setting when the request was received, and kept (the extended one once extended). */
  dueOn: z.string(),
  /** The one extension: when the requester was told, why, and the due day before it. */
  extension: z.object({ extendedOn: z.string(), reason: z.string(), previousDueOn: z.string() }).nullable(),
  overdue: z.boolean(),
  state: z.enum(DATA_REQUEST_STATES),
  outcome: z.string().nullable(),
  closedOn: z.string().nullable(),
  /** A delete request: records the law requires are kept until this day (retention timer). */
  retainedUntil: z.string().nullable(),
  version: z.number().int().positive(),
  createdAt: z.string(),
});
export type DataRequest = z.infer<typeof dataRequestSchema>;

/** The client fields' own labels (one home: the clients field registry). */
const fieldWords = (field: ContactField): AuditWords => ({
  'zh-TW': clientFieldLabel(field, 'zh-TW'),
  en: clientFieldLabel(field, 'en'),
});
export const CONTACT_FIELD_WORDS: Readonly<Record<ContactField, AuditWords>> = {
  address: fieldWords('address'),
  email: fieldWords('email'),
  phone: fieldWords('phone'),
};

export const flagPartySchema = z.object({
  kind: z.enum(['advisor', 'client']),
  /** The client's internal ID; null for an advisor. */
  clientId: z.string().nullable(),
  name: z.string(),
});

export const misconductFlagSchema = z.object({
  key: z.string(),
  field: z.enum(CONTACT_FIELDS),
  parties: z.tuple([flagPartySchema, flagPartySchema]),
  review: z.object({ reviewer: z.string(), note: z.string(), reviewedAt: z.string() }).nullable(),
});
export type MisconductFlag = z.infer<typeof misconductFlagSchema>;

export const flagReviewSchema = z.object({
  key: z.string().min(1).max(300),
  note: requiredText(1000),
});

/**
 * One card of the compliance dashboard. A feature adds a source in the core (one line in app.ts)
 * and its words in the renderer; the dashboard draws whatever cards arrive.
 */
export const dashboardCardSchema = z.object({
  key: z.string(),
  /** How many items the card counts (null when the source has no count, e.g. never backed up). */
  count: z.number().int().nullable(),
  /** Items past their deadline or a broken check: the card is shown in red. */
  alert: z.boolean(),
  /** A number the words need beside the count (days since the last backup, the broken entry). */
  figure: z.number().int().nullable(),
  /** The screen holding the list behind the card (`/compliance?tab=complaints`). */
  path: z.string(),
});
export type DashboardCard = z.infer<typeof dashboardCardSchema>;
