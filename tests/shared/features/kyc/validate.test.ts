import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QUESTIONNAIRE,
  scoreAnswers,
  validateQuestionnaire,
  type Questionnaire,
} from '../../../../shared/features/kyc';
import { defaultCopy } from './fixtures';

function problemsOf(doc: unknown): string[] {
  const check = validateQuestionnaire(doc);
  if (check.ok) throw new Error('expected the document to be refused');
  return check.problems.map((p) => p['zh-TW']);
}

function broken(change: (q: Questionnaire) => void): Questionnaire {
  const q = defaultCopy();
  change(q);
  return q;
}

describe('a bad questionnaire document is refused, naming the question', () => {
  it.each<[string, (q: Questionnaire) => void, string]>([
    [
      'repeated points',
      (q) => (q.questions[4]!.options[1]!.points = 1),
      '第 5 題（q_horizon）：選項分數重複',
    ],
    [
      'repeated option id',
      (q) => (q.questions[2]!.options[1]!.id = 'preserve'),
      '第 3 題（q_objective）：選項識別碼重複',
    ],
    [
      'repeated question id',
      (q) => (q.questions[3]!.id = 'q_horizon'),
      '第 5 題（q_horizon）：題目識別碼重複',
    ],
    [
      'a rule naming a missing option',
      (q) => (q.consistencyRules[0]!.when[1]!.options = ['futures']),
      '第 10 題（q_experience_products）：一致性規則 no_experience_derivatives 引用的選項 futures 不存在',
    ],
    [
      'a gap between bands',
      (q) => (q.bands.capacity.five[2]!.min = 18),
      '分數級距（風險承受能力，五級）：等級 3 應從 17 分開始（級距不可重疊或留空）',
    ],
    [
      'bands that miss the highest score',
      (q) => (q.bands.tolerance.three[2]!.max = 13),
      '分數級距（風險承受意願，三級）：級距須涵蓋所有可能分數 3–14 分',
    ],
    [
      'a three-grade scale with four bands',
      (q) => q.bands.tolerance.three.push({ min: 15, max: 16, level: 3 }),
      '分數級距（風險承受意願，三級）：須剛好有 3 個級距',
    ],
    [
      'no capacity question',
      (q) => (q.questions = q.questions.filter((x) => x.dimension !== 'capacity')),
      '風險承受能力：沒有任何題目',
    ],
    [
      'no elderly question (a 65+ client would answer what anyone does)',
      (q) => (q.questions = q.questions.filter((x) => x.dimension !== 'elderly')),
      '高齡關懷：沒有任何題目',
    ],
  ])('%s', (_name, change, message) => {
    expect(problemsOf(broken(change))).toContain(message);
  });

  it('names the question of a shape error (negative points, missing English, one option)', () => {
    const doc = broken((q) => {
      q.questions[4]!.options[2]!.points = -1;
      (q.questions[5]!.text as { en?: string }).en = '';
      q.questions[6]!.options = q.questions[6]!.options.slice(0, 1);
    });
    expect(problemsOf(doc)).toEqual([
      '第 5 題（q_horizon）：選項 3：分數須為 0 到 100 的整數',
      '第 6 題（q_income）：文字須有中文與英文且不超過 300 字',
      '第 7 題（q_share）：每題須有 2 到 10 個選項',
    ]);
  });

  it('refuses what is not a questionnaire at all, in words', () => {
    expect(problemsOf('hello')[0]).toBe('「文件」格式錯誤');
    expect(problemsOf({ ...defaultCopy(), version: 0 })).toEqual(['版本須為正整數']);
  });

  it('gives every problem in English too', () => {
    const check = validateQuestionnaire(broken((q) => (q.questions[4]!.options[1]!.points = 1)));
    expect(check.ok ? [] : check.problems).toEqual([
      {
        'zh-TW': '第 5 題（q_horizon）：選項分數重複',
        en: 'Question 5 (q_horizon): duplicate option points',
        questionId: 'q_horizon',
      },
    ]);
  });
});

describe('the samples in resources/samples', () => {
  const sample = (name: string) =>
    JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../../resources/samples', name), 'utf8'),
    ) as unknown;

  it('the questionnaire JSON is the default questionnaire, so a firm starts from what the app ships', () => {
    expect(sample('kyc-questionnaire-default.json')).toEqual(DEFAULT_QUESTIONNAIRE);
  });

  it('the answers file answers every question a client under 65 is asked', () => {
    const { answers } = sample('kyc-answers-sample.json') as { answers: Record<string, string> };
    const result = scoreAnswers(DEFAULT_QUESTIONNAIRE, answers, {
      elderly: false,
      gradeScale: 'five',
      gradeRule: 'lower',
    });
    expect(result.ok && result.scoring.grade).toEqual({ scale: 'five', level: 3 });
  });
});
