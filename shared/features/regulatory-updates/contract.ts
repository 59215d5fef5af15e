import { z } from 'zod';
import { channel, codeWords, contractPart } from '../../ipc/define';
import { REGULATORY_UPDATE_CHANNELS } from './channels';
import {
  attachmentInputSchema,
  ISSUING_BODY_WORDS,
  regulatoryUpdateInputSchema,
  regulatoryUpdateSchema,
} from './schema';

const idSchema = z.string().uuid({ message: 'validation.id' });

/** 'issuer fsc' in words. */
const issuerWords = (detail: string, language: 'zh-TW' | 'en') =>
  codeWords(ISSUING_BODY_WORDS, /^issuer (\w+)$/.exec(detail)?.[1], language);

/**
 * The regulatory-update log. Entries hold no client data; the audit names the entry (its ID) and
 * the issuing body's code, never the title.
 */
export const regulatoryUpdatesContract = contractPart(REGULATORY_UPDATE_CHANNELS, {
  'regulatory.list': channel({
    input: z.object({ unreadOnly: z.boolean().optional() }).strict(),
    output: z.array(regulatoryUpdateSchema),
    needsUnlock: true,
    audit: null,
  }),
  'regulatory.add': channel({
    input: z.object({ data: regulatoryUpdateInputSchema }).strict(),
    output: regulatoryUpdateSchema,
    needsUnlock: true,
    audit: {
      action: 'regulatory.create',
      entity: 'regulatory_update',
      words: { 'zh-TW': '新增法規動態', en: 'Added a regulatory update' },
      entityId: (_input, output) => output.id,
      detail: (_input, output) => `issuer ${output.issuer}`,
      detailWords: issuerWords,
    },
  }),
  'regulatory.edit': channel({
    input: z
      .object({ id: idSchema, version: z.number().int().positive(), data: regulatoryUpdateInputSchema })
      .strict(),
    output: regulatoryUpdateSchema,
    needsUnlock: true,
    audit: {
      action: 'regulatory.edit',
      entity: 'regulatory_update',
      words: { 'zh-TW': '修改法規動態', en: 'Edited a regulatory update' },
      entityId: (_input, output) => output.id,
      detail: (_input, output) => `issuer ${output.issuer}`,
      detailWords: issuerWords,
    },
  }),
  /** A file (the circular's PDF) kept with the entry in the encrypted database; replaces any earlier one. */
  'regulatory.attach': channel({
    input: z
      .object({ id: idSchema, version: z.number().int().positive(), file: attachmentInputSchema })
      .strict(),
    output: regulatoryUpdateSchema,
    needsUnlock: true,
    audit: {
      action: 'regulatory.attach',
      entity: 'regulatory_update',
      words: { 'zh-TW': '附加法規動態檔案', en: 'Attached a file to a regulatory update' },
      entityId: (_input, output) => output.id,
    },
  }),
  'regulatory.attachment': channel({
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ fileName: z.string(), base64: z.string() }),
    needsUnlock: true,
    audit: null,
  }),
  /** The session's advisor has read it; acknowledging again keeps the first time. */
  'regulatory.acknowledge': channel({
    input: z.object({ id: idSchema }).strict(),
    output: regulatoryUpdateSchema,
    needsUnlock: true,
    audit: {
      action: 'regulatory.acknowledge',
      entity: 'regulatory_update',
      words: { 'zh-TW': '確認已閱讀法規動態', en: 'Acknowledged a regulatory update' },
      entityId: (_input, output) => output.id,
    },
  }),
  /** How many the session's advisor has not acknowledged (the start-up banner, 今日). */
  'regulatory.unread': channel({
    input: z.object({}).strict(),
    output: z.object({ count: z.number().int().nonnegative() }),
    needsUnlock: true,
    audit: null,
  }),
});
