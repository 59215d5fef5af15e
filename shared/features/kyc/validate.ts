import type { z } from 'zod';
import type { AuditWords } from '../../ipc/define';
import { GRADE_SCALES, gradeCount, GRADE_WORDS, type GradeScale } from './grades';
import { documentProblem, questionProblem, type KycProblem } from './problems';
import {
  DIMENSIONS,
  DIMENSION_WORDS,
  questionnaireSchema,
  SCORED_DIMENSIONS,
  type Question,
  type Questionnaire,
  type ScoredDimension,
} from './questionnaire';

/** What a shape check's message key means, in words. */
const SHAPE_WORDS: Readonly<Record<string, AuditWords>> = {
  id: {
    'zh-TW': '識別碼須以小寫英文字母開頭，只含小寫字母、數字與底線',
    en: 'ids are lower-case letters, digits and _',
  },
  text: {
    'zh-TW': '文字須有中文與英文且不超過 300 字',
    en: 'text needs zh-TW and English, at most 300 characters',
  },
  points: { 'zh-TW': '分數須為 0 到 100 的整數', en: 'points must be a whole number from 0 to 100' },
  dimension: {
    'zh-TW': '面向須為 tolerance、capacity 或 elderly',
    en: 'dimension must be tolerance, capacity or elderly',
  },
  options: { 'zh-TW': '每題須有 2 到 10 個選項', en: 'a question needs 2 to 10 options' },
  version: { 'zh-TW': '版本須為正整數', en: 'version must be a positive whole number' },
  questions: { 'zh-TW': '問卷須有 2 到 40 題', en: 'a questionnaire needs 2 to 40 questions' },
};

const SCALE_WORDS: Readonly<Record<GradeScale, AuditWords>> = {
  five: { 'zh-TW': '五級', en: 'five grades' },
  three: { 'zh-TW': '三級', en: 'three grades' },
};

export type QuestionnaireCheck =
  { ok: true; questionnaire: Questionnaire } | { ok: false; problems: KycProblem[] };

/** Checks a questionnaire document (parsed JSON): every problem, each naming its question. */
export function validateQuestionnaire(raw: unknown): QuestionnaireCheck {
  const parsed = questionnaireSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: shapeProblems(raw, parsed.error) };
  const problems = [
    ...questionProblems(parsed.data),
    ...bandProblems(parsed.data),
    ...ruleProblems(parsed.data),
  ];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, questionnaire: parsed.data };
}

function rawQuestionId(raw: unknown, index: number): string | null {
  const questions = (raw as { questions?: unknown } | null)?.questions;
  const id = Array.isArray(questions) ? (questions[index] as { id?: unknown } | undefined)?.id : undefined;
  return typeof id === 'string' ? id : null;
}

function shapeProblems(raw: unknown, error: z.ZodError): KycProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const what = SHAPE_WORDS[issue.message] ?? {
      'zh-TW': `「${path.join('.') || '文件'}」格式錯誤`,
      en: `"${path.join('.') || 'document'}" is malformed`,
    };
    if (path[0] === 'questions' && typeof path[1] === 'number') {
      const option = path[2] === 'options' && typeof path[3] === 'number' ? path[3] + 1 : null;
      const detail = option
        ? { 'zh-TW': `選項 ${option}：${what['zh-TW']}`, en: `option ${option}: ${what.en}` }
        : what;
      return questionProblem({ number: path[1] + 1, id: rawQuestionId(raw, path[1]) }, detail);
    }
    return questionProblem(null, what);
  });
}

function duplicates<T>(values: readonly T[]): boolean {
  return new Set(values).size !== values.length;
}

function questionProblems(doc: Questionnaire): KycProblem[] {
  const problems: KycProblem[] = [];
  const seen = new Set<string>();
  doc.questions.forEach((q, index) => {
    const ref = { number: index + 1, id: q.id };
    if (seen.has(q.id))
      problems.push(questionProblem(ref, { 'zh-TW': '題目識別碼重複', en: 'duplicate question id' }));
    seen.add(q.id);
    if (duplicates(q.options.map((o) => o.id))) {
      problems.push(questionProblem(ref, { 'zh-TW': '選項識別碼重複', en: 'duplicate option id' }));
    }
    // The elderly questions are not scored, so their points may repeat.
    if (q.dimension !== 'elderly' && duplicates(q.options.map((o) => o.points))) {
      problems.push(questionProblem(ref, { 'zh-TW': '選項分數重複', en: 'duplicate option points' }));
    }
  });
  // Elderly included: without its questions a 65+ client would take the same KYC as anyone.
  for (const dimension of DIMENSIONS) {
    if (!doc.questions.some((q) => q.dimension === dimension)) {
      problems.push(
        documentProblem(DIMENSION_WORDS[dimension], { 'zh-TW': '沒有任何題目', en: 'has no questions' }),
      );
    }
  }
  return problems;
}

/** The lowest and highest score a dimension can reach. */
export function scoreRange(questions: readonly Question[], dimension: ScoredDimension): [number, number] {
  const scored = questions.filter((q) => q.dimension === dimension);
  const sum = (pick: (points: number[]) => number) =>
    scored.reduce((total, q) => total + pick(q.options.map((o) => o.points)), 0);
  return [sum((p) => Math.min(...p)), sum((p) => Math.max(...p))];
}

function bandProblems(doc: Questionnaire): KycProblem[] {
  const problems: KycProblem[] = [];
  for (const dimension of SCORED_DIMENSIONS) {
    const [low, high] = scoreRange(doc.questions, dimension);
    for (const scale of GRADE_SCALES) {
      const where = {
        'zh-TW': `分數級距（${DIMENSION_WORDS[dimension]['zh-TW']}，${SCALE_WORDS[scale]['zh-TW']}）`,
        en: `Bands (${DIMENSION_WORDS[dimension].en}, ${SCALE_WORDS[scale].en})`,
      };
      const what = bandFault(doc.bands[dimension][scale], scale, low, high);
      if (what) problems.push(documentProblem(where, what));
    }
  }
  return problems;
}

function bandFault(
  bands: readonly { min: number; max: number; level: number }[],
  scale: GradeScale,
  low: number,
  high: number,
): AuditWords | null {
  const count = gradeCount(scale);
  if (bands.length !== count) {
    return { 'zh-TW': `須剛好有 ${count} 個級距`, en: `needs exactly ${count} bands` };
  }
  for (const [index, band] of bands.entries()) {
    if (band.level !== index + 1) {
      const grade = GRADE_WORDS[scale][index]!;
      return {
        'zh-TW': `第 ${index + 1} 個級距應為等級 ${index + 1}（${grade['zh-TW']}），由低分到高分排列`,
        en: `band ${index + 1} must be level ${index + 1} (${grade.en}), lowest scores first`,
      };
    }
    if (band.min > band.max) {
      return {
        'zh-TW': `等級 ${band.level} 的最低分大於最高分`,
        en: `level ${band.level} has min above max`,
      };
    }
    const previous = bands[index - 1];
    if (previous && band.min !== previous.max + 1) {
      return {
        'zh-TW': `等級 ${band.level} 應從 ${previous.max + 1} 分開始（級距不可重疊或留空）`,
        en: `level ${band.level} must start at ${previous.max + 1} (no overlap or gap)`,
      };
    }
  }
  if (bands[0]!.min > low || bands[count - 1]!.max < high) {
    return {
      'zh-TW': `級距須涵蓋所有可能分數 ${low}–${high} 分`,
      en: `bands must cover every possible score ${low}-${high}`,
    };
  }
  return null;
}

function ruleProblems(doc: Questionnaire): KycProblem[] {
  const problems: KycProblem[] = [];
  const ids = new Set<string>();
  for (const rule of doc.consistencyRules) {
    const where = { 'zh-TW': `一致性規則 ${rule.id}`, en: `Consistency rule ${rule.id}` };
    if (ids.has(rule.id))
      problems.push(documentProblem(where, { 'zh-TW': '規則識別碼重複', en: 'duplicate rule id' }));
    ids.add(rule.id);
    for (const condition of rule.when) {
      const index = doc.questions.findIndex((q) => q.id === condition.question);
      const question = doc.questions[index];
      if (!question) {
        problems.push(
          documentProblem(where, {
            'zh-TW': `題目 ${condition.question} 不存在`,
            en: `no question ${condition.question}`,
          }),
        );
        continue;
      }
      for (const option of condition.options.filter((o) => !question.options.some((x) => x.id === o))) {
        problems.push(
          questionProblem(
            { number: index + 1, id: question.id },
            {
              'zh-TW': `一致性規則 ${rule.id} 引用的選項 ${option} 不存在`,
              en: `rule ${rule.id} names no option ${option}`,
            },
          ),
        );
      }
    }
  }
  return problems;
}
