import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QUESTIONNAIRE,
  gradeOf,
  scoreAnswers,
  validateQuestionnaire,
  type Answers,
  type GradeScale,
  type Questionnaire,
  type ScoringRules,
} from '../../../../shared/features/kyc';
import { answersBy, firmVersion2, highest, lowest, modest } from './fixtures';

const FIVE: ScoringRules = { elderly: false, gradeScale: 'five', gradeRule: 'lower' };

function scored(q: Questionnaire, answers: Answers, rules: Partial<ScoringRules> = {}) {
  const result = scoreAnswers(q, answers, { ...FIVE, ...rules });
  if (!result.ok) throw new Error(result.problems.map((p) => p['zh-TW']).join('; '));
  return result.scoring;
}

/** Answers to the default questionnaire: tolerance options by index, capacity options by index. */
function defaultAnswers(
  tolerance: number[],
  capacity: number[],
  elderly: string[] = [],
): Record<string, string> {
  let t = 0;
  let c = 0;
  let e = 0;
  return answersBy(
    DEFAULT_QUESTIONNAIRE,
    (ids, id) => {
      const q = DEFAULT_QUESTIONNAIRE.questions.find((x) => x.id === id)!;
      if (q.dimension === 'tolerance') return ids[tolerance[t++]!]!;
      if (q.dimension === 'capacity') return ids[capacity[c++]!]!;
      return elderly[e++] ?? ids[0]!;
    },
    elderly.length > 0,
  );
}

describe('the shipped questionnaires are valid', () => {
  it.each([
    ['default@1', DEFAULT_QUESTIONNAIRE],
    ['firm@2', firmVersion2()],
  ])('%s passes the validator', (_name, q) => {
    expect(validateQuestionnaire(q)).toEqual({ ok: true, questionnaire: q });
  });
});

describe('scoring per questionnaire version (table-driven)', () => {
  // [version, answers, scale, tolerance score, capacity score, tolerance level, capacity level, grade]
  const table: [string, Questionnaire, Answers, GradeScale, number, number, number, number, number][] = [
    ['default all lowest', DEFAULT_QUESTIONNAIRE, lowest(DEFAULT_QUESTIONNAIRE), 'five', 3, 7, 1, 1, 1],
    ['default all highest', DEFAULT_QUESTIONNAIRE, highest(DEFAULT_QUESTIONNAIRE), 'five', 14, 33, 5, 5, 5],
    [
      'default all highest, three grades',
      DEFAULT_QUESTIONNAIRE,
      highest(DEFAULT_QUESTIONNAIRE),
      'three',
      14,
      33,
      3,
      3,
      3,
    ],
    // bold attitude (14 → 5) but little capacity (7 → 1): the lower of the two
    [
      'default bold but unable',
      DEFAULT_QUESTIONNAIRE,
      defaultAnswers([3, 4, 4], [0, 0, 0, 0, 0, 0, 0]),
      'five',
      14,
      7,
      5,
      1,
      1,
    ],
    // timid (3 → 1) but able (33 → 5)
    [
      'default able but timid',
      DEFAULT_QUESTIONNAIRE,
      defaultAnswers([0, 0, 0], [4, 4, 3, 4, 3, 4, 4]),
      'five',
      3,
      33,
      1,
      5,
      1,
    ],
    // middle: tolerance 3+3+3 = 9 → C3; capacity 3*5+3+3 = 21 → C3
    [
      'default middle',
      DEFAULT_QUESTIONNAIRE,
      defaultAnswers([2, 2, 2], [2, 2, 2, 2, 2, 2, 2]),
      'five',
      9,
      21,
      3,
      3,
      3,
    ],
    ['firm@2 all lowest', firmVersion2(), lowest(firmVersion2()), 'five', 6, 5, 1, 1, 1],
    ['firm@2 all highest', firmVersion2(), highest(firmVersion2()), 'five', 28, 24, 5, 5, 5],
    ['firm@2 all highest, three grades', firmVersion2(), highest(firmVersion2()), 'three', 28, 24, 3, 3, 3],
  ];

  it.each(table)('%s', (_name, q, answers, scale, tScore, cScore, tLevel, cLevel, grade) => {
    const result = scored(q, answers, { gradeScale: scale });
    expect(result.scores).toEqual({ tolerance: tScore, capacity: cScore });
    expect(result.levels).toEqual({ tolerance: tLevel, capacity: cLevel });
    expect(result.grade).toEqual({ scale, level: grade });
  });

  it('the same answers score differently on another version', () => {
    const answers = highest(firmVersion2());
    expect(scored(firmVersion2(), answers).scores.tolerance).toBe(28);
    const onDefault = scoreAnswers(DEFAULT_QUESTIONNAIRE, answers, FIVE);
    // firm@2 drops two capacity questions the default asks: those are named as unanswered
    expect(onDefault.ok).toBe(false);
  });
});

describe('band edges', () => {
  // Every edge of every default band: the band's min and max give its level; one below min gives the previous.
  const edges = (['tolerance', 'capacity'] as const).flatMap((dimension) =>
    (['five', 'three'] as const).flatMap((scale) =>
      DEFAULT_QUESTIONNAIRE.bands[dimension][scale].map((band) => [dimension, scale, band] as const),
    ),
  );

  it.each(edges)('%s %s band %j', (dimension, scale, band) => {
    for (const score of [band.min, band.max]) {
      const answers = answersWithScore(dimension, score);
      expect(scored(DEFAULT_QUESTIONNAIRE, answers, { gradeScale: scale }).levels[dimension]).toBe(
        band.level,
      );
    }
    if (band.level > 1) {
      const below = answersWithScore(dimension, band.min - 1);
      expect(scored(DEFAULT_QUESTIONNAIRE, below, { gradeScale: scale }).levels[dimension]).toBe(
        band.level - 1,
      );
    }
  });

  /** Default answers whose `dimension` sums to `score`: raise options one point at a time. */
  function answersWithScore(dimension: 'tolerance' | 'capacity', score: number): Answers {
    const answers: Record<string, string> = { ...lowest(DEFAULT_QUESTIONNAIRE) };
    const questions = DEFAULT_QUESTIONNAIRE.questions.filter((q) => q.dimension === dimension);
    let total = questions.reduce((sum, q) => sum + q.options[0]!.points, 0);
    for (const q of questions) {
      for (const option of q.options) {
        const current = q.options.find((o) => o.id === answers[q.id])!;
        if (total - current.points + option.points > score) break;
        total += option.points - current.points;
        answers[q.id] = option.id;
      }
    }
    expect(total).toBe(score);
    return answers;
  }
});

describe('grade rules', () => {
  it.each([
    ['lower', 5, 2, 2],
    ['lower', 1, 4, 1],
    ['tolerance', 5, 2, 5],
    ['capacity', 5, 2, 2],
    ['capacity', 1, 4, 4],
  ] as const)('%s of tolerance %i and capacity %i is %i', (rule, tolerance, capacity, level) => {
    expect(gradeOf({ tolerance, capacity }, rule, 'five')).toEqual({ scale: 'five', level });
  });

  it('the rule changes the grade of the same answers', () => {
    const answers = defaultAnswers([3, 4, 4], [0, 0, 0, 0, 0, 0, 0]);
    expect(scored(DEFAULT_QUESTIONNAIRE, answers, { gradeRule: 'lower' }).grade.level).toBe(1);
    expect(scored(DEFAULT_QUESTIONNAIRE, answers, { gradeRule: 'tolerance' }).grade.level).toBe(5);
    expect(scored(DEFAULT_QUESTIONNAIRE, answers, { gradeRule: 'capacity' }).grade.level).toBe(1);
  });
});

describe('consistency flags and the 65+ path', () => {
  it('flags "no experience" with "mostly derivatives" instead of scoring silently', () => {
    const answers = {
      ...modest(DEFAULT_QUESTIONNAIRE),
      q_experience_years: 'none',
      q_experience_products: 'derivatives',
    };
    const result = scored(DEFAULT_QUESTIONNAIRE, answers);
    expect(result.flags.map((f) => f.ruleId)).toEqual(['no_experience_derivatives']);
    expect(result.flags[0]!.message['zh-TW']).toContain('衍生性商品');
  });

  it('consistent answers raise no flag', () => {
    expect(scored(DEFAULT_QUESTIONNAIRE, highest(DEFAULT_QUESTIONNAIRE)).flags).toEqual([]);
  });

  it('asks the elderly questions only of elderly clients, and needs them answered', () => {
    const young = scoreAnswers(DEFAULT_QUESTIONNAIRE, lowest(DEFAULT_QUESTIONNAIRE, true), FIVE);
    expect(young.ok).toBe(false);
    if (!young.ok)
      expect(young.problems[0]!['zh-TW']).toBe('第 11 題（q_elderly_purpose）：高齡題目只適用於高齡客戶');

    const missing = scoreAnswers(DEFAULT_QUESTIONNAIRE, lowest(DEFAULT_QUESTIONNAIRE), {
      ...FIVE,
      elderly: true,
    });
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.problems.map((p) => p.questionId)).toEqual([
        'q_elderly_purpose',
        'q_elderly_helper',
        'q_elderly_wellbeing',
      ]);
      expect(missing.problems[0]!['zh-TW']).toBe('第 11 題（q_elderly_purpose）：尚未作答');
    }
  });

  it('elderly answers do not change the score but flag care concerns', () => {
    const base = modest(DEFAULT_QUESTIONNAIRE);
    const calm = scored(
      DEFAULT_QUESTIONNAIRE,
      { ...base, ...elderly('wealth', 'self', 'none') },
      { elderly: true },
    );
    const worried = scored(
      DEFAULT_QUESTIONNAIRE,
      { ...base, ...elderly('living', 'others', 'cognitive'), q_tradeoff: 'r40_l35' },
      { elderly: true },
    );
    expect(calm.flags).toEqual([]);
    expect(calm.scores).toEqual(scored(DEFAULT_QUESTIONNAIRE, base).scores);
    expect(worried.flags.map((f) => f.ruleId)).toEqual([
      'elderly_living_money_high_risk',
      'elderly_decided_by_others',
      'elderly_cognitive_concern',
    ]);
  });

  it('names an unknown option and an unknown question', () => {
    const result = scoreAnswers(
      DEFAULT_QUESTIONNAIRE,
      { ...lowest(DEFAULT_QUESTIONNAIRE), q_horizon: 'forever', q_zodiac: 'dragon' },
      FIVE,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p['zh-TW'])).toEqual([
        '第 5 題（q_horizon）：沒有選項「forever」',
        '問卷沒有題目 q_zodiac',
      ]);
    }
  });
});

function elderly(purpose: string, helper: string, wellbeing: string): Answers {
  return { q_elderly_purpose: purpose, q_elderly_helper: helper, q_elderly_wellbeing: wellbeing };
}
