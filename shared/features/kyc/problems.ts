import type { AuditWords } from '../../ipc/define';

/**
 * One thing wrong with a questionnaire document or a set of answers, in both languages and
 * naming the question (「第 3 題（q_horizon）：選項分數重複」). Carried in `details.problems` of a
 * VALIDATION error; a questionnaire is the firm's text, never client data.
 */
export type KycProblem = AuditWords & { questionId: string | null };

export interface QuestionRef {
  /** 1-based position in the document. */
  number: number;
  id: string | null;
}

export function questionProblem(question: QuestionRef | null, what: AuditWords): KycProblem {
  if (!question) return { 'zh-TW': what['zh-TW'], en: what.en, questionId: null };
  const id = question.id ?? '?';
  return {
    'zh-TW': `第 ${question.number} 題（${id}）：${what['zh-TW']}`,
    en: `Question ${question.number} (${id}): ${what.en}`,
    questionId: question.id,
  };
}

/** A problem about a part of the document that is not one question (bands, rules, the header). */
export function documentProblem(where: AuditWords, what: AuditWords): KycProblem {
  return {
    'zh-TW': `${where['zh-TW']}：${what['zh-TW']}`,
    en: `${where.en}: ${what.en}`,
    questionId: null,
  };
}
