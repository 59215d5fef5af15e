import { z } from 'zod';
import { channel, codeWords, contractPart, type AuditWords } from '../../ipc/define';
import { clientIdSchema } from '../clients';
import { GOAL_CHANNELS } from './channels';
import { GOAL_KIND_WORDS, goalInputSchema, goalSchema } from './schema';

const goalIdSchema = z.string().uuid({ message: 'validation.id' });
const versioned = { id: goalIdSchema, version: z.number().int().positive() };

/** 'kind retirement' (a goal change's detail) in words: 「退休」. */
function kindWords(detail: string, language: keyof AuditWords): string | null {
  return codeWords(GOAL_KIND_WORDS, /^kind (\w+)$/.exec(detail)?.[1], language);
}

const kindDetail = (_input: unknown, output: { kind: string }) => `kind ${output.kind}`;

/**
 * A client's financial-planning goals (理財目標). Audited on the client (entityId = the client's
 * internal ID, detail = the goal's kind only: never a name, an amount or a date).
 */
export const goalsContract = contractPart(GOAL_CHANNELS, {
  /** A client's goals, by target date. */
  'goals.list': channel({
    input: z.object({ clientId: clientIdSchema }).strict(),
    output: z.array(goalSchema),
    needsUnlock: true,
    audit: null,
  }),
  'goals.create': channel({
    input: z.object({ clientId: clientIdSchema, data: goalInputSchema }).strict(),
    output: goalSchema,
    needsUnlock: true,
    audit: {
      action: 'goal.create',
      entity: 'client',
      words: { 'zh-TW': '新增理財目標', en: 'Added a financial goal' },
      entityId: (input) => input.clientId,
      detail: kindDetail,
      detailWords: kindWords,
    },
  }),
  /** Refused with CONFLICT when the goal changed since `version` was read. */
  'goals.update': channel({
    input: z.object({ ...versioned, data: goalInputSchema }).strict(),
    output: goalSchema,
    needsUnlock: true,
    audit: {
      action: 'goal.update',
      entity: 'client',
      words: { 'zh-TW': '修改理財目標', en: 'Changed a financial goal' },
      entityId: (_input, output) => output.clientId,
      detail: kindDetail,
      detailWords: kindWords,
    },
  }),
  /** Answers the goal as it was; refused with CONFLICT when it changed since `version` was read. */
  'goals.delete': channel({
    input: z.object(versioned).strict(),
    output: goalSchema,
    needsUnlock: true,
    audit: {
      action: 'goal.delete',
      entity: 'client',
      words: { 'zh-TW': '刪除理財目標', en: 'Deleted a financial goal' },
      entityId: (_input, output) => output.clientId,
      detail: kindDetail,
      detailWords: kindWords,
    },
  }),
});
