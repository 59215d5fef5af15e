import { z } from 'zod';
import { channel, codeWords, contractPart, type AuditWords } from '../../ipc/define';
import { clientIdSchema } from '../clients';
import {
  assessmentSchema,
  CONFIRMATION_METHOD_WORDS,
  confirmInputSchema,
  duePendingSchema,
  kycStandingSchema,
} from './assessment';
import { KYC_CHANNELS } from './channels';
import { questionnaireRefSchema, questionnaireSchema, wordsSchema } from './questionnaire';

const assessmentIdSchema = z.string().uuid({ message: 'validation.id' });

export const questionnaireSummarySchema = z.object({
  id: z.string(),
  version: z.number().int(),
  title: wordsSchema,
  questionCount: z.number().int(),
  /** When it was imported; null for the one the app ships with. */
  importedAt: z.string().nullable(),
  /** New assessments use it: the latest import, or the built-in one before any. */
  active: z.boolean(),
});
export type QuestionnaireSummary = z.infer<typeof questionnaireSummarySchema>;

/** 'questionnaire default@1' (an assessment's detail) in words: 「風險問卷 default 第 1 版」. */
function questionnaireWords(detail: string, language: keyof AuditWords): string | null {
  const ref = /^questionnaire (.+)@(\d+)$/.exec(detail);
  if (!ref) return null;
  return language === 'zh-TW'
    ? `風險問卷 ${ref[1]} 第 ${ref[2]} 版`
    : `questionnaire ${ref[1]}, version ${ref[2]}`;
}

const KYC_FORM_DETAIL = 'kyc form pdf';
const KYC_FORM_WORDS: AuditWords = { 'zh-TW': '風險屬性評估表', en: 'KYC form (PDF)' };

/**
 * KYC risk profiles. Assessments are audited on the client (entityId = the client's internal ID,
 * detail = the questionnaire version only: never an answer or a grade); imports on the questionnaire.
 */
export const kycContract = contractPart(KYC_CHANNELS, {
  'kyc.questionnaires': channel({
    input: z.object({}).strict(),
    output: z.array(questionnaireSummarySchema),
    needsUnlock: true,
    audit: null,
  }),
  /** One version, or the active one when none is named. */
  'kyc.questionnaire': channel({
    input: z.object({ ref: questionnaireRefSchema.optional() }).strict(),
    output: questionnaireSchema,
    needsUnlock: true,
    audit: null,
  }),
  /** A JSON document; refused with VALIDATION and `details.problems`, each naming its question. */
  'kyc.importQuestionnaire': channel({
    input: z.object({ document: z.unknown() }).strict(),
    output: questionnaireSummarySchema,
    needsUnlock: true,
    audit: {
      action: 'questionnaire.import',
      entity: 'questionnaire',
      words: { 'zh-TW': '匯入風險問卷版本', en: 'Imported a risk questionnaire version' },
      entityId: (_input, output) => `${output.id}@${output.version}`,
    },
  }),
  /** Scores the answers on the active questionnaire (or the one named) and keeps a new assessment. */
  'kyc.take': channel({
    input: z
      .object({
        clientId: clientIdSchema,
        answers: z.record(z.string().max(40), z.string().max(40)),
        questionnaire: questionnaireRefSchema.optional(),
      })
      .strict(),
    output: assessmentSchema,
    needsUnlock: true,
    audit: {
      action: 'kyc.assess',
      entity: 'client',
      words: { 'zh-TW': '完成風險屬性評估', en: 'Assessed a risk profile' },
      entityId: (input) => input.clientId,
      detail: (_input, output) => `questionnaire ${output.questionnaire.id}@${output.questionnaire.version}`,
      detailWords: questionnaireWords,
    },
  }),
  'kyc.confirm': channel({
    input: confirmInputSchema,
    output: assessmentSchema,
    needsUnlock: true,
    audit: {
      action: 'kyc.confirm',
      entity: 'client',
      words: { 'zh-TW': '記錄客戶確認風險屬性', en: "Recorded the client's confirmation of a risk profile" },
      entityId: (_input, output) => output.clientId,
      detail: (input) => `method ${input.method}`,
      detailWords: (detail, language) =>
        codeWords(CONFIRMATION_METHOD_WORDS, /^method (\w+)$/.exec(detail)?.[1], language),
    },
  }),
  /** Someone other than the advisor checked a flagged result and cleared it. */
  'kyc.clearReview': channel({
    input: z
      .object({
        assessmentId: assessmentIdSchema,
        reviewer: z
          .string()
          .trim()
          .min(1, { message: 'validation.required' })
          .max(50, { message: 'validation.tooLong' }),
        note: z.string().trim().max(500, { message: 'validation.tooLong' }).nullable().default(null),
      })
      .strict(),
    output: assessmentSchema,
    needsUnlock: true,
    audit: {
      action: 'kyc.clear_review',
      entity: 'client',
      words: { 'zh-TW': '覆核並解除風險屬性疑義', en: 'Reviewed and cleared a flagged risk profile' },
      entityId: (_input, output) => output.clientId,
    },
  }),
  /** Every assessment of a client, newest first. */
  'kyc.history': channel({
    input: z.object({ clientId: clientIdSchema }).strict(),
    output: z.array(assessmentSchema),
    needsUnlock: true,
    audit: null,
  }),
  'kyc.profile': channel({
    input: z.object({ clientId: clientIdSchema }).strict(),
    output: kycStandingSchema,
    needsUnlock: true,
    audit: null,
  }),
  /** For 合規: the latest profiles expiring within the notice period, expired, or flagged for review. */
  'kyc.duePending': channel({
    input: z.object({}).strict(),
    output: duePendingSchema,
    needsUnlock: true,
    audit: null,
  }),
  /** The KYC form for the client's signature, as a base64 PDF. */
  'kyc.formPdf': channel({
    input: z.object({ assessmentId: assessmentIdSchema }).strict(),
    output: z.object({ clientId: clientIdSchema, fileName: z.string(), pdfBase64: z.string() }),
    needsUnlock: true,
    audit: {
      action: 'kyc.print',
      entity: 'client',
      words: { 'zh-TW': '列印風險屬性評估表', en: 'Printed a KYC form' },
      entityId: (_input, output) => output.clientId,
      detail: () => KYC_FORM_DETAIL,
      detailWords: (detail, language) => (detail === KYC_FORM_DETAIL ? KYC_FORM_WORDS[language] : null),
    },
  }),
});
