import { DEFAULT_QUESTIONNAIRE, type Answers, type Questionnaire } from '../../../../shared/features/kyc';

/** A deep copy of the default questionnaire, to break one thing in. */
export function defaultCopy(): Questionnaire {
  return structuredClone(DEFAULT_QUESTIONNAIRE);
}

/** A firm's second version: fewer questions, other points and bands, three-grade bands that differ. */
export function firmVersion2(): Questionnaire {
  const q = defaultCopy();
  return {
    ...q,
    id: 'firm',
    version: 2,
    questions: q.questions
      .filter((question) => !['q_income', 'q_share'].includes(question.id))
      .map((question) =>
        question.dimension === 'tolerance'
          ? { ...question, options: question.options.map((o) => ({ ...o, points: o.points * 2 })) }
          : question,
      ),
    consistencyRules: q.consistencyRules.filter((rule) => rule.when.every((c) => c.question !== 'q_share')),
    bands: {
      // tolerance 6..28 (doubled), capacity 5..24 (five questions, one of them 1..4)
      tolerance: {
        five: [
          { min: 6, max: 9, level: 1 },
          { min: 10, max: 14, level: 2 },
          { min: 15, max: 19, level: 3 },
          { min: 20, max: 24, level: 4 },
          { min: 25, max: 28, level: 5 },
        ],
        three: [
          { min: 6, max: 13, level: 1 },
          { min: 14, max: 21, level: 2 },
          { min: 22, max: 28, level: 3 },
        ],
      },
      capacity: {
        five: [
          { min: 5, max: 8, level: 1 },
          { min: 9, max: 12, level: 2 },
          { min: 13, max: 17, level: 3 },
          { min: 18, max: 21, level: 4 },
          { min: 22, max: 24, level: 5 },
        ],
        three: [
          { min: 5, max: 11, level: 1 },
          { min: 12, max: 18, level: 2 },
          { min: 19, max: 24, level: 3 },
        ],
      },
    },
  };
}

/** Answers choosing, in every scored question, the option at `pick(options)`; elderly ones too when asked. */
export function answersBy(
  questionnaire: Questionnaire,
  pick: (optionIds: string[], questionId: string) => string,
  elderly = false,
): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const q of questionnaire.questions) {
    if (q.dimension === 'elderly' && !elderly) continue;
    answers[q.id] = pick(
      q.options.map((o) => o.id),
      q.id,
    );
  }
  return answers;
}

export const lowest = (q: Questionnaire, elderly = false): Answers => answersBy(q, (ids) => ids[0]!, elderly);
export const highest = (q: Questionnaire, elderly = false): Answers =>
  answersBy(q, (ids) => ids[ids.length - 1]!, elderly);

/** The second option everywhere: answers that contradict nothing. */
export const modest = (q: Questionnaire): Answers => answersBy(q, (ids) => ids[1]!);
