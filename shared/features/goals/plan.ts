import { addMonths } from '../../kernel/dates';
import type { GoalData } from './schema';

/** A problem with a goal, as a form issue: the field's path and a validation message key. */
export interface GoalIssue {
  path: (string | number)[];
  message: string;
}

/** How far ahead an education goal may be planned (a newborn's university is about 18 years out). */
export const EDUCATION_YEARS_AHEAD = 30;

/**
 * A retirement goal's target date: the day the client reaches the retirement age (29 February
 * births retire on 28 February in a common year). Null without a birth date or an age.
 */
export function retirementDate(birthDate: string | null, retirementAge: number | null): string | null {
  if (!birthDate || retirementAge === null) return null;
  return addMonths(birthDate, retirementAge * 12);
}

/**
 * The amount a retirement needs, suggested from its spending: monthly spending × 12 × the years
 * of withdrawals, in today's money (no growth or inflation: the simulation adds those). Null
 * without spending or years.
 */
export function suggestedRetirementAmount(
  monthlySpendingTwd: number | null,
  withdrawalYears: number,
): number | null {
  if (monthlySpendingTwd === null || withdrawalYears <= 0) return null;
  return monthlySpendingTwd * 12 * withdrawalYears;
}

/**
 * The checks a goal's schema cannot make, given the day and the client's birth date: the fields
 * its kind needs, a retirement date that follows from the birth date, a target date in the future
 * for a new goal, and a plausible school year. Each issue names its field.
 */
export function goalIssues(
  goal: GoalData,
  context: { today: string; birthDate: string | null; isNew: boolean },
): GoalIssue[] {
  const issues: GoalIssue[] = [];
  const thisYear = Number(context.today.slice(0, 4));
  if (goal.kind === 'retirement') {
    if (goal.retirementAge === null) issues.push({ path: ['retirementAge'], message: 'validation.required' });
    if (goal.monthlySpendingTwd === null) {
      issues.push({ path: ['monthlySpendingTwd'], message: 'validation.required' });
    }
    const derived = retirementDate(context.birthDate, goal.retirementAge);
    if (derived !== null && derived !== goal.targetDate) {
      issues.push({ path: ['targetDate'], message: 'validation.goalRetirementDate' });
    }
  }
  if (goal.kind === 'education') {
    if (goal.educationYear === null) {
      issues.push({ path: ['educationYear'], message: 'validation.required' });
    } else if (goal.educationYear < thisYear || goal.educationYear > thisYear + EDUCATION_YEARS_AHEAD) {
      issues.push({ path: ['educationYear'], message: 'validation.goalEducationYear' });
    }
  }
  if (context.isNew && goal.targetDate <= context.today) {
    issues.push({ path: ['targetDate'], message: 'validation.goalDateFuture' });
  }
  return issues;
}
