import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { retirementDate, suggestedRetirementAmount } from '../../shared/features/goals';
import {
  checkGoal,
  emptyGoalValues,
  formPath,
  goalInputOf,
} from '../../renderer/src/features/goals/goalFormModel';

describe('the goal form', () => {
  it('dates a retirement from the birth date and age, 29 February to 28 February in a common year', () => {
    expect(retirementDate('1970-05-01', 65)).toBe('2035-05-01');
    expect(retirementDate('1964-02-29', 65)).toBe('2029-02-28');
    expect(retirementDate(null, 65)).toBeNull();
    const values = { ...emptyGoalValues(), targetDate: dayjs('2040-01-01') };
    expect(goalInputOf(values, '1970-05-01').targetDate).toBe('2035-05-01');
    // No birth date on file: the typed date.
    expect(goalInputOf(values, null).targetDate).toBe('2040-01-01');
  });

  it('suggests a retirement amount from monthly spending × 12 × years', () => {
    expect(suggestedRetirementAmount(60_000, 20)).toBe(14_400_000);
    expect(suggestedRetirementAmount(null, 20)).toBeNull();
    expect(suggestedRetirementAmount(60_000, 0)).toBeNull();
  });

  it("leaves out another kind's fields and puts funding problems on their flat fields", () => {
    const input = goalInputOf(
      {
        ...emptyGoalValues(),
        kind: 'house',
        name: '購屋',
        targetDate: dayjs('2030-01-01'),
        amountTwd: 8e6,
        educationYear: 2031,
      },
      '1970-05-01',
    );
    expect(input).toMatchObject({ retirementAge: null, monthlySpendingTwd: null, educationYear: null });
    expect(formPath(['funding', 'initialTwd'])).toEqual(['initialTwd']);
    expect(formPath(['amountTwd'])).toEqual(['amountTwd']);
  });

  it('refuses an amount typed as words it cannot read, on its field', () => {
    const input = goalInputOf(
      {
        ...emptyGoalValues(),
        kind: 'house',
        name: '購屋',
        targetDate: dayjs('2030-01-01'),
        amountTwd: '八百萬',
      },
      null,
    );
    const issues = checkGoal(input, { today: '2026-11-30', birthDate: null, isNew: true });
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([['amountTwd', 'validation.amount']]);
  });
});
