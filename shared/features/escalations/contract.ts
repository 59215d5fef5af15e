import { z } from 'zod';
import { channel, codeWords, contractPart, type AuditWords } from '../../ipc/define';
import { clientIdSchema } from '../clients';
import { ESCALATION_CHANNELS } from './channels';
import {
  ESCALATION_KIND_WORDS,
  ESCALATION_STATE_WORDS,
  ESCALATION_FILTERS,
  escalationActionInputSchema,
  escalationInputSchema,
  escalationSchema,
  ESCALATION_SEVERITY_WORDS,
  FEEDBACK_TOPIC_WORDS,
  feedbackInputSchema,
  feedbackPeriodSchema,
  feedbackReportSchema,
  feedbackSchema,
} from './schema';

const idSchema = z.string().uuid({ message: 'validation.id' });

/** 'kind misappropriation, severity critical' / 'state resolved' in words. */
function escalationWords(detail: string, language: keyof AuditWords): string | null {
  const raised = /^kind (\w+), severity (\w+)$/.exec(detail);
  if (raised) {
    const kind = codeWords(ESCALATION_KIND_WORDS, raised[1], language);
    const severity = codeWords(ESCALATION_SEVERITY_WORDS, raised[2], language);
    return kind === null || severity === null
      ? null
      : `${kind}${language === 'zh-TW' ? '，' : ', '}${severity}`;
  }
  return codeWords(ESCALATION_STATE_WORDS, /^state (\w+)$/.exec(detail)?.[1], language);
}

/** 'topic product' in words. */
function topicWords(detail: string, language: keyof AuditWords): string | null {
  return codeWords(FEEDBACK_TOPIC_WORDS, /^topic (\w+)$/.exec(detail)?.[1], language);
}

/**
 * Client feedback and anomaly escalations. Audited on the client (its internal ID); details hold
 * codes only, never the summary, the description or who was told.
 */
export const escalationsContract = contractPart(ESCALATION_CHANNELS, {
  'feedback.list': channel({
    input: z
      .object({ clientId: clientIdSchema.optional(), period: feedbackPeriodSchema.optional() })
      .strict(),
    output: z.array(feedbackSchema),
    needsUnlock: true,
    audit: null,
  }),
  'feedback.add': channel({
    input: z.object({ data: feedbackInputSchema }).strict(),
    output: feedbackSchema,
    needsUnlock: true,
    audit: {
      action: 'feedback.create',
      entity: 'client',
      words: { 'zh-TW': '登錄客戶回饋', en: 'Logged client feedback' },
      entityId: (input) => input.data.clientId,
      detail: (input) => `topic ${input.data.topic}`,
      detailWords: topicWords,
    },
  }),
  'feedback.report': channel({
    input: z.object({ period: feedbackPeriodSchema }).strict(),
    output: feedbackReportSchema,
    needsUnlock: true,
    audit: null,
  }),
  'escalations.list': channel({
    input: z
      .object({ state: z.enum(ESCALATION_FILTERS).optional(), clientId: clientIdSchema.optional() })
      .strict(),
    output: z.array(escalationSchema),
    needsUnlock: true,
    audit: null,
  }),
  'escalations.raise': channel({
    input: z.object({ data: escalationInputSchema }).strict(),
    output: escalationSchema,
    needsUnlock: true,
    audit: {
      action: 'escalation.raise',
      entity: 'client',
      words: { 'zh-TW': '異常通報', en: 'Escalated an anomaly' },
      entityId: (input) => input.data.clientId,
      detail: (input) => `kind ${input.data.kind}, severity ${input.data.severity}`,
      detailWords: escalationWords,
    },
  }),
  'escalations.act': channel({
    input: z
      .object({ id: idSchema, version: z.number().int().positive(), data: escalationActionInputSchema })
      .strict(),
    output: escalationSchema,
    needsUnlock: true,
    audit: {
      action: 'escalation.act',
      entity: 'client',
      words: { 'zh-TW': '異常通報處理紀錄', en: 'Recorded an action on an escalation' },
      entityId: (_input, output) => output.clientId,
      detail: (input) => `state ${input.data.state}`,
      detailWords: escalationWords,
    },
  }),
});
