import type { AuditWords } from '../../ipc/define';
import type { GradeScale, RiskGrade } from './grades';
import { questionProblem, type KycProblem } from './problems';
import { questionsFor, SCORED_DIMENSIONS, type Questionnaire, type ScoredDimension } from './questionnaire';
import type { KycSettings } from './settings';

/**
 * Scoring, pure and shared by the core, the screen and the tests: the points of the chosen options
 * per dimension, each sum's band on the firm's scale, the grade by the firm's rule (the lower of
 * the two by default), and the consistency rules that flag a result for review.
 */

/** Question id → option id. */
export type Answers = Readonly<Record<string, string>>;
export type DimensionValues = Record<ScoredDimension, number>;

export interface KycFlag {
  ruleId: string;
  message: AuditWords;
}

export interface Scoring {
  scores: DimensionValues;
  /** Each dimension's band level on the grade scale. */
  levels: DimensionValues;
  grade: RiskGrade;
  flags: KycFlag[];
}

export type ScoringResult = { ok: true; scoring: Scoring } | { ok: false; problems: KycProblem[] };

export interface ScoringRules {
  elderly: boolean;
  gradeScale: GradeScale;
  gradeRule: KycSettings['gradeRule'];
}

/** The level of a score on one dimension's bands (the validator made sure one band holds it). */
export function bandLevel(
  questionnaire: Questionnaire,
  dimension: ScoredDimension,
  scale: GradeScale,
  score: number,
): number {
  const band = questionnaire.bands[dimension][scale].find((b) => score >= b.min && score <= b.max);
  if (!band) throw new Error(`no band holds score ${score}`);
  return band.level;
}

export function gradeOf(
  levels: DimensionValues,
  rule: KycSettings['gradeRule'],
  scale: GradeScale,
): RiskGrade {
  const level = rule === 'lower' ? Math.min(levels.tolerance, levels.capacity) : levels[rule];
  return { scale, level };
}

function answerProblems(questionnaire: Questionnaire, answers: Answers, elderly: boolean): KycProblem[] {
  const asked = questionsFor(questionnaire, elderly);
  const problems: KycProblem[] = [];
  questionnaire.questions.forEach((question, index) => {
    const ref = { number: index + 1, id: question.id };
    const answer = answers[question.id];
    if (!asked.includes(question)) {
      if (answer !== undefined) {
        problems.push(
          questionProblem(ref, {
            'zh-TW': '高齡題目只適用於高齡客戶',
            en: 'elderly questions are for elderly clients only',
          }),
        );
      }
    } else if (answer === undefined) {
      problems.push(questionProblem(ref, { 'zh-TW': '尚未作答', en: 'not answered' }));
    } else if (!question.options.some((o) => o.id === answer)) {
      problems.push(questionProblem(ref, { 'zh-TW': `沒有選項「${answer}」`, en: `no option "${answer}"` }));
    }
  });
  for (const id of Object.keys(answers).filter((id) => !questionnaire.questions.some((q) => q.id === id))) {
    problems.push(
      questionProblem(null, { 'zh-TW': `問卷沒有題目 ${id}`, en: `the questionnaire has no question ${id}` }),
    );
  }
  return problems;
}

/** Scores a complete set of answers; any missing, unknown or misplaced answer is a problem naming its question. */
export function scoreAnswers(
  questionnaire: Questionnaire,
  answers: Answers,
  rules: ScoringRules,
): ScoringResult {
  const problems = answerProblems(questionnaire, answers, rules.elderly);
  if (problems.length > 0) return { ok: false, problems };
  const asked = questionsFor(questionnaire, rules.elderly);
  const scores = { tolerance: 0, capacity: 0 };
  for (const question of asked) {
    if (question.dimension === 'elderly') continue;
    scores[question.dimension] += question.options.find((o) => o.id === answers[question.id])!.points;
  }
  const levels = Object.fromEntries(
    SCORED_DIMENSIONS.map((d) => [d, bandLevel(questionnaire, d, rules.gradeScale, scores[d])]),
  ) as DimensionValues;
  const flags = questionnaire.consistencyRules
    .filter((rule) => rule.when.every((c) => c.options.includes(answers[c.question] ?? '')))
    .map((rule) => ({ ruleId: rule.id, message: rule.message }));
  return {
    ok: true,
    scoring: { scores, levels, grade: gradeOf(levels, rules.gradeRule, rules.gradeScale), flags },
  };
}
