import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';
import { requiredText } from '../../kernel/text-fields';
import { clientIdSchema, isoDateSchema } from '../clients';
import { ESCALATION_SEVERITIES, type EscalationSeverity } from './settings';

/** Client feedback (P1.3.3) and anomaly escalations (P1.3.4). Words live here once. */

export const FEEDBACK_TOPICS = ['product', 'service', 'market_view', 'other'] as const;
export type FeedbackTopic = (typeof FEEDBACK_TOPICS)[number];
export const FEEDBACK_TOPIC_WORDS: Readonly<Record<FeedbackTopic, AuditWords>> = {
  product: { 'zh-TW': '商品', en: 'Products' },
  service: { 'zh-TW': '服務', en: 'Service' },
  market_view: { 'zh-TW': '市場看法', en: 'Market views' },
  other: { 'zh-TW': '其他意見', en: 'Other' },
};

/** The market-analysis tags feedback is filed under, so the report can count them by period. */
export const FEEDBACK_TAGS = [
  'tw_equity',
  'global_equity',
  'bonds',
  'fx',
  'rates',
  'funds',
  'structured',
  'fees',
  'service_quality',
  'digital',
  'other',
] as const;
export type FeedbackTag = (typeof FEEDBACK_TAGS)[number];
export const FEEDBACK_TAG_WORDS: Readonly<Record<FeedbackTag, AuditWords>> = {
  tw_equity: { 'zh-TW': '台股', en: 'Taiwan equities' },
  global_equity: { 'zh-TW': '海外股市', en: 'Global equities' },
  bonds: { 'zh-TW': '債券', en: 'Bonds' },
  fx: { 'zh-TW': '匯率', en: 'FX' },
  rates: { 'zh-TW': '利率', en: 'Interest rates' },
  funds: { 'zh-TW': '基金', en: 'Funds' },
  structured: { 'zh-TW': '結構型商品', en: 'Structured products' },
  fees: { 'zh-TW': '費用', en: 'Fees' },
  service_quality: { 'zh-TW': '服務品質', en: 'Service quality' },
  digital: { 'zh-TW': '數位服務', en: 'Digital services' },
  other: { 'zh-TW': '其他主題', en: 'Other' },
};

export const feedbackInputSchema = z.object({
  clientId: clientIdSchema,
  receivedOn: isoDateSchema,
  topic: z.enum(FEEDBACK_TOPICS, { message: 'validation.invalid' }),
  tags: z
    .array(z.enum(FEEDBACK_TAGS, { message: 'validation.invalid' }))
    .min(1, { message: 'validation.feedbackTags' })
    .max(FEEDBACK_TAGS.length)
    .refine((tags) => new Set(tags).size === tags.length, { message: 'validation.invalid' }),
  summary: requiredText(2000),
  productId: z.string().uuid({ message: 'validation.id' }).nullable(),
});
export type FeedbackInput = z.input<typeof feedbackInputSchema>;
export type FeedbackData = z.output<typeof feedbackInputSchema>;

export const feedbackSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  clientName: z.string().nullable(),
  receivedOn: z.string(),
  topic: z.enum(FEEDBACK_TOPICS),
  tags: z.array(z.enum(FEEDBACK_TAGS)),
  summary: z.string(),
  productId: z.string().nullable(),
  productName: z.string().nullable(),
  createdAt: z.string(),
});
export type Feedback = z.infer<typeof feedbackSchema>;

export const feedbackPeriodSchema = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .refine((p) => p.from <= p.to, { message: 'validation.periodOrder', path: ['to'] });

/** Feedback counted by tag and by month of the period (the market-analysis report). */
export const feedbackReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** `YYYY-MM` of each month the period touches, in order. */
  months: z.array(z.string()),
  rows: z.array(
    z.object({
      tag: z.enum(FEEDBACK_TAGS),
      /** Entries per month, in the order of `months`. */
      byMonth: z.array(z.number().int()),
      total: z.number().int(),
      byTopic: z.record(z.enum(FEEDBACK_TOPICS), z.number().int()),
    }),
  ),
  entries: z.number().int(),
});
export type FeedbackReport = z.infer<typeof feedbackReportSchema>;

export const ESCALATION_KINDS = [
  'complaint_brewing',
  'unusual_transaction',
  'vulnerable_client',
  'misappropriation',
  'other',
] as const;
export type EscalationKind = (typeof ESCALATION_KINDS)[number];
export const ESCALATION_KIND_WORDS: Readonly<Record<EscalationKind, AuditWords>> = {
  complaint_brewing: { 'zh-TW': '潛在客訴', en: 'A complaint in the making' },
  unusual_transaction: { 'zh-TW': '異常交易要求', en: 'Unusual transaction request' },
  vulnerable_client: { 'zh-TW': '弱勢或高齡客戶關懷', en: 'Vulnerable-client concern' },
  misappropriation: { 'zh-TW': '疑似挪用跡象', en: 'Suspected misappropriation' },
  other: { 'zh-TW': '其他異常', en: 'Other anomaly' },
};

export const ESCALATION_SEVERITY_WORDS: Readonly<Record<EscalationSeverity, AuditWords>> = {
  critical: { 'zh-TW': '緊急', en: 'Critical' },
  high: { 'zh-TW': '高', en: 'High' },
  medium: { 'zh-TW': '中', en: 'Medium' },
  low: { 'zh-TW': '低', en: 'Low' },
};

export const ESCALATION_STATES = ['open', 'in_progress', 'resolved'] as const;
export type EscalationState = (typeof ESCALATION_STATES)[number];
/** What the list filters by: a state, or every one not yet resolved. */
export const ESCALATION_FILTERS = ['unresolved', ...ESCALATION_STATES] as const;
export type EscalationFilter = (typeof ESCALATION_FILTERS)[number];

export const ESCALATION_STATE_WORDS: Readonly<Record<EscalationState, AuditWords>> = {
  open: { 'zh-TW': '待處理', en: 'Open' },
  in_progress: { 'zh-TW': '處理中', en: 'In progress' },
  resolved: { 'zh-TW': '已解決', en: 'Resolved' },
};

/** An ISO instant with its offset, as a picker of day and time gives it. */
const instantSchema = z.string().datetime({ offset: true, message: 'validation.dateTime' });

export const escalationInputSchema = z.object({
  clientId: clientIdSchema,
  kind: z.enum(ESCALATION_KINDS, { message: 'validation.invalid' }),
  severity: z.enum(ESCALATION_SEVERITIES, { message: 'validation.invalid' }),
  /** When the advisor noticed it: the response time runs from here. */
  raisedAt: instantSchema,
  description: requiredText(2000),
  /** Who was told (a supervisor, compliance, the branch manager) and when. */
  toldWhom: requiredText(100),
  toldAt: instantSchema,
});
export type EscalationInput = z.input<typeof escalationInputSchema>;
export type EscalationData = z.output<typeof escalationInputSchema>;

/** One step taken: what was done, and the state it left the escalation in. */
export const escalationActionInputSchema = z.object({
  text: requiredText(2000),
  state: z.enum(ESCALATION_STATES, { message: 'validation.invalid' }),
});

export const escalationSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  clientName: z.string().nullable(),
  kind: z.enum(ESCALATION_KINDS),
  severity: z.enum(ESCALATION_SEVERITIES),
  raisedAt: z.string(),
  description: z.string(),
  toldWhom: z.string(),
  toldAt: z.string(),
  state: z.enum(ESCALATION_STATES),
  dueAt: z.string(),
  /** Not resolved and past `dueAt`, or resolved after it. */
  overdue: z.boolean(),
  resolvedAt: z.string().nullable(),
  actions: z.array(
    z.object({ at: z.string(), text: z.string(), state: z.enum(ESCALATION_STATES), by: z.string() }),
  ),
  version: z.number().int().positive(),
});
export type Escalation = z.infer<typeof escalationSchema>;
