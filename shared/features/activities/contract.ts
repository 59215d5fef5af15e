import { z } from 'zod';
import { channel, codeWords, contractPart, type AuditWords } from '../../ipc/define';
import { clientIdSchema, clientIdsSchema, isoDateSchema } from '../clients';
import { ACTIVITY_CHANNELS } from './channels';
import { homeSchema } from './home';
import {
  activityInputSchema,
  activitySchema,
  contactFields,
  followUpInputSchema,
  followUpSchema,
  timelineSchema,
  visitFields,
} from './schema';
import { ACTIVITY_KIND_WORDS, FOLLOW_UP_STATE_WORDS } from './words';

const idSchema = z.string().uuid({ message: 'validation.id' });
const versionSchema = z.number().int().positive();
const followUpsSchema = z.array(followUpInputSchema).max(20).default([]);

/** 'kind contact' (an activity change's detail) in words: 「聯繫紀錄」. */
function kindWords(detail: string, language: keyof AuditWords): string | null {
  return codeWords(ACTIVITY_KIND_WORDS, /^kind (\w+)$/.exec(detail)?.[1], language);
}
const kindDetail = (_input: unknown, output: { kind: string }) => `kind ${output.kind}`;

/**
 * Activities: one timeline per client of visit plans and records, contacts, interviews and
 * follow-up tasks. Audited on the client (entityId = the client's internal ID, detail = the kind
 * or state code only: never a subject, a place or a note).
 */
export const activitiesContract = contractPart(ACTIVITY_CHANNELS, {
  'activities.timeline': channel({
    input: z.object({ clientId: clientIdSchema }).strict(),
    output: timelineSchema,
    needsUnlock: true,
    audit: null,
  }),
  /** One activity, with follow-up tasks arising from it. A record dated after today is refused. */
  'activities.add': channel({
    input: z
      .object({ clientId: clientIdSchema, activity: activityInputSchema, followUps: followUpsSchema })
      .strict(),
    output: activitySchema,
    needsUnlock: true,
    audit: {
      action: 'activity.add',
      entity: 'client',
      words: { 'zh-TW': '新增客戶活動紀錄', en: 'Added a client activity' },
      entityId: (input) => input.clientId,
      detail: kindDetail,
      detailWords: kindWords,
    },
  }),
  /**
   * The same contact logged for every client selected on the list (a DM or an email sent to all
   * of them): one activity each, all or none. A record dated after today is refused.
   */
  'activities.addMany': channel({
    input: z.object({ clientIds: clientIdsSchema, activity: z.object(contactFields) }).strict(),
    output: z.object({ added: z.number().int() }),
    needsUnlock: true,
    audit: {
      action: 'activity.add_many',
      entity: 'client',
      words: { 'zh-TW': '批次新增聯繫紀錄', en: 'Logged a contact for many clients' },
      detail: (_input, output) => `${output.added} rows`,
    },
  }),
  /** The visit record of a planned visit; the plan then points at it (CONFLICT if it changed). */
  'activities.completePlan': channel({
    input: z
      .object({
        planId: idSchema,
        version: versionSchema,
        record: z.object(visitFields),
        followUps: followUpsSchema,
      })
      .strict(),
    output: activitySchema,
    needsUnlock: true,
    audit: {
      action: 'activity.complete_plan',
      entity: 'client',
      words: { 'zh-TW': '完成拜訪計畫並記錄拜訪', en: 'Completed a visit plan with its visit record' },
      entityId: (_input, output) => output.clientId,
    },
  }),
  /** Answers the activity as it was; its follow-ups stay, no longer linked to it. */
  'activities.delete': channel({
    input: z.object({ id: idSchema, version: versionSchema }).strict(),
    output: activitySchema,
    needsUnlock: true,
    audit: {
      action: 'activity.delete',
      entity: 'client',
      words: { 'zh-TW': '刪除客戶活動紀錄', en: 'Deleted a client activity' },
      entityId: (_input, output) => output.clientId,
      detail: kindDetail,
      detailWords: kindWords,
    },
  }),
  'activities.addFollowUp': channel({
    input: z
      .object({ clientId: clientIdSchema, followUp: followUpInputSchema, activityId: idSchema.optional() })
      .strict(),
    output: followUpSchema,
    needsUnlock: true,
    audit: {
      action: 'followup.add',
      entity: 'client',
      words: { 'zh-TW': '新增待辦追蹤', en: 'Added a follow-up task' },
      entityId: (input) => input.clientId,
    },
  }),
  'activities.setFollowUpDone': channel({
    input: z.object({ id: idSchema, version: versionSchema, done: z.boolean() }).strict(),
    output: followUpSchema,
    needsUnlock: true,
    audit: {
      action: 'followup.set_state',
      entity: 'client',
      words: { 'zh-TW': '變更待辦追蹤狀態', en: 'Changed the state of a follow-up task' },
      entityId: (_input, output) => output.clientId,
      detail: (_input, output) => `state ${output.doneOn === null ? 'open' : 'done'}`,
      detailWords: (detail, language) =>
        codeWords(FOLLOW_UP_STATE_WORDS, /^state (\w+)$/.exec(detail)?.[1], language),
    },
  }),
  /** The 今日 page's own cards: visits today and this week, follow-ups due, birthdays this week. */
  'activities.home': channel({
    input: z.object({ asOf: isoDateSchema.optional() }).strict(),
    output: homeSchema,
    needsUnlock: true,
    audit: null,
  }),
});
