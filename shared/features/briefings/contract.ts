import { z } from 'zod';
import { channel, codeWords, contractPart, type AuditWords } from '../../ipc/define';
import { BRIEFING_CHANNELS } from './channels';
import {
  deckContentSchema,
  deckIdSchema,
  deckSchema,
  deckSummarySchema,
  deckVersionSchema,
  IMAGE_MIME_TYPES,
  imageIdSchema,
  MAX_IMAGE_BYTES,
  resolvedDeckSchema,
} from './schema';
import { DECK_KIND_WORDS, DECK_TEMPLATES, PDF_VARIANT_WORDS, PDF_VARIANTS } from './words';

const languageSchema = z.enum(['zh-TW', 'en']).default('zh-TW');
const version = z.number().int().positive();
const byId = z.object({ id: deckIdSchema }).strict();
/** Base64 of at most MAX_IMAGE_BYTES bytes. */
const MAX_IMAGE_BASE64 = Math.ceil(MAX_IMAGE_BYTES / 3) * 4;

const REVEAL_WORDS: Readonly<Record<string, AuditWords>> = {
  revealed: { 'zh-TW': '顯示客戶資料', en: 'client data revealed' },
};

/** 'template clientPortfolioReview' → '客戶投資組合檢視'. */
function templateWords(detail: string, language: keyof AuditWords): string | null {
  return codeWords(DECK_KIND_WORDS, /^template (\w+)$/.exec(detail)?.[1], language);
}

/** 'handout 3, revealed' → '講義，顯示客戶資料'. */
function pdfWords(detail: string, language: keyof AuditWords): string | null {
  const [variant = '', reveal] = detail.split(', ');
  const variantWords = codeWords(PDF_VARIANT_WORDS, variant.split(' ')[0], language);
  if (variantWords === null) return null;
  if (reveal === undefined) return variantWords;
  const revealWords = codeWords(REVEAL_WORDS, reveal, language);
  return revealWords === null ? null : `${variantWords}${language === 'en' ? ', ' : '，'}${revealWords}`;
}

/**
 * Briefing decks. A deck is the firm's material; a client-specific deck names a client, whose
 * name and amounts are redacted in the resolved data unless `reveal` is asked for, and every
 * reveal is audited (entity briefing, detail `revealed`). Saves are versions: nothing is
 * overwritten; delete is soft (the versions stay for the record, the deck leaves the list).
 */
export const briefingsContract = contractPart(BRIEFING_CHANNELS, {
  /** Decks not deleted, most recently saved first. */
  'briefings.list': channel({
    input: z.object({ clientId: z.string().uuid().optional() }).strict(),
    output: z.object({ items: z.array(deckSummarySchema) }),
    needsUnlock: true,
    audit: null,
  }),
  /** The latest version, or the one named (then `latest` is false unless it is the newest). */
  'briefings.get': channel({
    input: z.object({ id: deckIdSchema, version: version.optional() }).strict(),
    output: deckSchema,
    needsUnlock: true,
    audit: null,
  }),
  'briefings.create': channel({
    input: z.object({ content: deckContentSchema }).strict(),
    output: deckSchema,
    needsUnlock: true,
    audit: {
      action: 'briefing.create',
      entity: 'briefing',
      words: { 'zh-TW': '新增簡報', en: 'Created a deck' },
      entityId: (_input, output) => output.id,
    },
  }),
  /** A new version; `baseVersion` must be the latest (else CONFLICT: saved elsewhere). */
  'briefings.save': channel({
    input: z.object({ id: deckIdSchema, baseVersion: version, content: deckContentSchema }).strict(),
    output: deckSchema,
    needsUnlock: true,
    audit: {
      action: 'briefing.save',
      entity: 'briefing',
      words: { 'zh-TW': '儲存簡報', en: 'Saved a deck' },
      entityId: (input) => input.id,
      detail: (_input, output) => `version ${output.version}`,
      detailWords: (detail, language) => {
        const n = /^version (\d+)$/.exec(detail)?.[1];
        return n === undefined ? null : language === 'en' ? `version ${n}` : `第 ${n} 版`;
      },
    },
  }),
  /** Newest first. */
  'briefings.versions': channel({
    input: byId,
    output: z.object({ items: z.array(deckVersionSchema) }),
    needsUnlock: true,
    audit: null,
  }),
  /** Saves an older version's content as the new latest version. */
  'briefings.restore': channel({
    input: z.object({ id: deckIdSchema, version }).strict(),
    output: deckSchema,
    needsUnlock: true,
    audit: {
      action: 'briefing.restore',
      entity: 'briefing',
      words: { 'zh-TW': '還原簡報舊版本', en: 'Restored an older version of a deck' },
      entityId: (input) => input.id,
      detail: (input) => `version ${input.version}`,
      detailWords: (detail, language) => {
        const n = /^version (\d+)$/.exec(detail)?.[1];
        return n === undefined ? null : language === 'en' ? `version ${n}` : `第 ${n} 版`;
      },
    },
  }),
  /** A new deck (version 1) with the latest content; new slide IDs; title gets a copy mark. */
  'briefings.copy': channel({
    input: byId,
    output: deckSchema,
    needsUnlock: true,
    audit: {
      action: 'briefing.copy',
      entity: 'briefing',
      words: { 'zh-TW': '複製簡報', en: 'Copied a deck' },
      entityId: (_input, output) => output.id,
    },
  }),
  /** Soft: the deck leaves the list; its versions stay. */
  'briefings.delete': channel({
    input: byId,
    output: z.object({ id: deckIdSchema }),
    needsUnlock: true,
    audit: {
      action: 'briefing.delete',
      entity: 'briefing',
      words: { 'zh-TW': '刪除簡報', en: 'Deleted a deck' },
      entityId: (input) => input.id,
    },
  }),
  /** A complete deck in one action; clientPortfolioReview needs clientId, productLaunch productId. */
  'briefings.fromTemplate': channel({
    input: z
      .object({
        template: z.enum(DECK_TEMPLATES),
        clientId: z.string().uuid({ message: 'validation.id' }).optional(),
        productId: z.string().uuid({ message: 'validation.id' }).optional(),
        language: languageSchema,
      })
      .strict(),
    output: deckSchema,
    needsUnlock: true,
    audit: {
      action: 'briefing.from_template',
      entity: 'briefing',
      words: { 'zh-TW': '以範本新增簡報', en: 'Created a deck from a template' },
      entityId: (_input, output) => output.id,
      detail: (input) => `template ${input.template}`,
      detailWords: templateWords,
    },
  }),
  /** The deck resolved into its slides' data; redacted unless `reveal` (audited when true). */
  'briefings.slides': channel({
    input: z
      .object({ deckId: deckIdSchema, version: version.optional(), reveal: z.boolean().optional() })
      .strict(),
    output: resolvedDeckSchema,
    needsUnlock: true,
    audit: {
      action: 'briefing.reveal',
      entity: 'briefing',
      words: { 'zh-TW': '於簡報顯示客戶資料', en: 'Revealed client data in a deck' },
      only: (input, output) => input.reveal === true && output.clientSpecific,
      entityId: (input) => input.deckId,
      detail: () => 'revealed',
      detailWords: (detail, language) => codeWords(REVEAL_WORDS, detail, language),
    },
  }),
  /** The deck as a PDF (16:9 slides or an A4 handout), answered as bytes like proposals.pdf. */
  'briefings.pdf': channel({
    input: z
      .object({
        deckId: deckIdSchema,
        version: version.optional(),
        variant: z.enum(PDF_VARIANTS).default('slides'),
        perPage: z.union([z.literal(2), z.literal(3)]).default(3),
        reveal: z.boolean().optional(),
        language: languageSchema,
      })
      .strict(),
    output: z.object({
      fileName: z.string(),
      pdfBase64: z.string(),
      pageCount: z.number().int(),
      version: z.number().int(),
    }),
    needsUnlock: true,
    audit: {
      action: 'briefing.print',
      entity: 'briefing',
      words: { 'zh-TW': '列印簡報', en: 'Printed a deck' },
      entityId: (input) => input.deckId,
      detail: (input) =>
        (input.variant === 'handout' ? `handout ${input.perPage}` : 'slides') +
        (input.reveal ? ', revealed' : ''),
      detailWords: pdfWords,
    },
  }),
  /** Keeps an image's bytes in the vault (by their SHA-256, so the same file is kept once). */
  'briefings.addImage': channel({
    input: z
      .object({
        mime: z.enum(IMAGE_MIME_TYPES, { message: 'validation.briefings.image' }),
        dataBase64: z.string().min(1).max(MAX_IMAGE_BASE64, { message: 'validation.briefings.image' }),
      })
      .strict(),
    output: z.object({ imageId: imageIdSchema, bytes: z.number().int() }),
    needsUnlock: true,
    audit: {
      action: 'briefing.image',
      entity: 'briefing',
      words: { 'zh-TW': '匯入簡報圖片', en: 'Imported a deck image' },
      entityId: (_input, output) => output.imageId,
    },
  }),
});
