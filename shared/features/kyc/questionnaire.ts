import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';

/**
 * A risk questionnaire as a versioned JSON document (問卷版本): the firm's questions, the points of
 * each option, the score bands that make a dimension's grade level on either scale, and the
 * consistency rules that flag contradictory answers. Thresholds and points are data, never code.
 * The shape is checked here; validate.ts checks what a shape cannot (bands cover every score,
 * points distinct, rules name real options) and names the question in zh-TW.
 */

export const DIMENSIONS = ['tolerance', 'capacity', 'elderly'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
/** The two dimensions that are scored; the elderly questions only raise flags. */
export const SCORED_DIMENSIONS = ['tolerance', 'capacity'] as const;
export type ScoredDimension = (typeof SCORED_DIMENSIONS)[number];

export const DIMENSION_WORDS: Readonly<Record<Dimension, AuditWords>> = {
  tolerance: { 'zh-TW': '風險承受意願', en: 'Risk tolerance' },
  capacity: { 'zh-TW': '風險承受能力', en: 'Risk capacity' },
  elderly: { 'zh-TW': '高齡關懷', en: 'Elderly care' },
};

const ID = /^[a-z][a-z0-9_]{0,39}$/;
const idSchema = z.string().regex(ID, { message: 'id' });
export const wordsSchema = z.object({
  'zh-TW': z.string().trim().min(1, { message: 'text' }).max(300, { message: 'text' }),
  en: z.string().trim().min(1, { message: 'text' }).max(300, { message: 'text' }),
});

export const optionSchema = z.object({
  id: idSchema,
  points: z
    .number({ message: 'points' })
    .int({ message: 'points' })
    .min(0, { message: 'points' })
    .max(100, { message: 'points' }),
  text: wordsSchema,
});
export type QuestionOption = z.infer<typeof optionSchema>;

export const questionSchema = z.object({
  id: idSchema,
  dimension: z.enum(DIMENSIONS, { message: 'dimension' }),
  text: wordsSchema,
  options: z.array(optionSchema).min(2, { message: 'options' }).max(10, { message: 'options' }),
});
export type Question = z.infer<typeof questionSchema>;

/** Scores from min to max (inclusive) give this level (1 = most conservative). */
export const bandSchema = z.object({
  min: z.number().int(),
  max: z.number().int(),
  level: z.number().int().min(1).max(5),
});
export type Band = z.infer<typeof bandSchema>;

const scaleBandsSchema = z.object({ five: z.array(bandSchema), three: z.array(bandSchema) });
export type ScaleBands = z.infer<typeof scaleBandsSchema>;

/** All conditions hold (each: the question's answer is one of the options) → the result is flagged. */
export const consistencyRuleSchema = z.object({
  id: idSchema,
  when: z
    .array(z.object({ question: idSchema, options: z.array(idSchema).min(1) }))
    .min(1)
    .max(5),
  message: wordsSchema,
});
export type ConsistencyRule = z.infer<typeof consistencyRuleSchema>;

export const questionnaireSchema = z.object({
  id: idSchema,
  version: z.number({ message: 'version' }).int({ message: 'version' }).min(1, { message: 'version' }),
  title: wordsSchema,
  questions: z.array(questionSchema).min(2, { message: 'questions' }).max(40, { message: 'questions' }),
  bands: z.object({ tolerance: scaleBandsSchema, capacity: scaleBandsSchema }),
  consistencyRules: z.array(consistencyRuleSchema).max(30),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;

/** How a questionnaire version is named: default@1. */
export const questionnaireRefSchema = z.object({ id: idSchema, version: z.number().int().min(1) });
export type QuestionnaireRef = z.infer<typeof questionnaireRefSchema>;

export function questionnaireKey(ref: QuestionnaireRef): string {
  return `${ref.id}@${ref.version}`;
}

/** The questions a client answers: the elderly ones only from the firm's elderly age. */
export function questionsFor(questionnaire: Questionnaire, elderly: boolean): Question[] {
  return questionnaire.questions.filter((q) => elderly || q.dimension !== 'elderly');
}
