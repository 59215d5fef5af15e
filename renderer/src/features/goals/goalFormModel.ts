import dayjs, { type Dayjs } from 'dayjs';
import {
  goalInputSchema,
  goalIssues,
  retirementDate,
  type Goal,
  type GoalInput,
  type GoalKind,
  type GoalPriority,
} from '../../../../shared/features/goals';
import type { IssueLike } from '../../lib/fieldErrors';
import type { AmountValue } from '../../lib/AmountInput';

/** What the goal dialog's form holds: amounts as typed (AmountInput), the date as a picked day. */
export interface GoalFormValues {
  kind: GoalKind;
  name: string;
  priority: GoalPriority;
  targetDate: Dayjs | null;
  amountTwd: AmountValue;
  inTodaysMoney: boolean;
  initialTwd: AmountValue;
  monthlyContributionTwd: AmountValue;
  monthlyWithdrawalTwd: AmountValue;
  withdrawalYears: number | null;
  retirementAge: number | null;
  monthlySpendingTwd: AmountValue;
  educationYear: number | null;
  notes: string;
}

/** Where each funding field sits on the form (flat) and in the goal (under `funding`). */
const FUNDING_FIELDS = [
  'initialTwd',
  'monthlyContributionTwd',
  'monthlyWithdrawalTwd',
  'withdrawalYears',
] as const;

export function emptyGoalValues(): GoalFormValues {
  return {
    kind: 'retirement',
    name: '',
    priority: 'important',
    targetDate: null,
    amountTwd: null,
    inTodaysMoney: true,
    initialTwd: 0,
    monthlyContributionTwd: 0,
    monthlyWithdrawalTwd: 0,
    withdrawalYears: 0,
    retirementAge: 65,
    monthlySpendingTwd: null,
    educationYear: null,
    notes: '',
  };
}

export function goalValues(goal: Goal): GoalFormValues {
  return {
    kind: goal.kind,
    name: goal.name,
    priority: goal.priority,
    targetDate: dayjs(goal.targetDate),
    amountTwd: goal.amountTwd,
    inTodaysMoney: goal.inTodaysMoney,
    ...goal.funding,
    retirementAge: goal.retirementAge,
    monthlySpendingTwd: goal.monthlySpendingTwd,
    educationYear: goal.educationYear,
    notes: goal.notes ?? '',
  };
}

/** The target date the form saves: a retirement's follows from the birth date when there is one. */
export function targetDateOf(values: GoalFormValues, birthDate: string | null): string {
  if (values.kind === 'retirement') {
    const derived = retirementDate(birthDate, values.retirementAge);
    if (derived) return derived;
  }
  return values.targetDate ? values.targetDate.format('YYYY-MM-DD') : '';
}

/** The goal a form's values make; fields another kind uses are left out (null). */
export function goalInputOf(values: GoalFormValues, birthDate: string | null): GoalInput {
  const retirement = values.kind === 'retirement';
  return {
    kind: values.kind,
    name: values.name,
    priority: values.priority,
    targetDate: targetDateOf(values, birthDate),
    amountTwd: values.amountTwd as number,
    inTodaysMoney: values.inTodaysMoney,
    funding: {
      initialTwd: values.initialTwd as number,
      monthlyContributionTwd: values.monthlyContributionTwd as number,
      monthlyWithdrawalTwd: values.monthlyWithdrawalTwd as number,
      withdrawalYears: values.withdrawalYears as number,
    },
    retirementAge: retirement ? values.retirementAge : null,
    monthlySpendingTwd: retirement ? (values.monthlySpendingTwd as number | null) : null,
    educationYear: values.kind === 'education' ? values.educationYear : null,
    notes: values.notes.trim() === '' ? null : values.notes,
  };
}

/** A problem's place on the form: funding fields sit flat. */
export function formPath(path: readonly PropertyKey[]): PropertyKey[] {
  return path[0] === 'funding' && FUNDING_FIELDS.includes(path[1] as never) ? path.slice(1) : [...path];
}

/** Checks a goal as the core will: the shared schema, then the rules that need the day and birth date. */
export function checkGoal(
  input: GoalInput,
  context: { today: string; birthDate: string | null; isNew: boolean },
): IssueLike[] {
  const parsed = goalInputSchema.safeParse(input);
  if (!parsed.success) return parsed.error.issues;
  return goalIssues(parsed.data, context);
}
