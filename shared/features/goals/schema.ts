import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';
import { isoDateSchema } from '../clients';
import { optionalText, requiredText } from '../../kernel/text-fields';

/** A financial-planning goal (理財目標) kept in the client's dossier and copied into proposals. */
export const GOAL_KINDS = ['retirement', 'education', 'house', 'legacy', 'custom'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];

export const GOAL_KIND_WORDS: Readonly<Record<GoalKind, AuditWords>> = {
  retirement: { 'zh-TW': '退休', en: 'Retirement' },
  education: { 'zh-TW': '子女教育', en: "Children's education" },
  house: { 'zh-TW': '購屋', en: 'House purchase' },
  legacy: { 'zh-TW': '財富傳承', en: 'Legacy' },
  custom: { 'zh-TW': '自訂目標', en: 'Custom goal' },
};

export const GOAL_PRIORITIES = ['essential', 'important', 'aspirational'] as const;
export type GoalPriority = (typeof GOAL_PRIORITIES)[number];
export const GOAL_PRIORITY_WORDS: Readonly<Record<GoalPriority, AuditWords>> = {
  essential: { 'zh-TW': '必要', en: 'Essential' },
  important: { 'zh-TW': '重要', en: 'Important' },
  aspirational: { 'zh-TW': '期望', en: 'Aspirational' },
};

const amount = z.number({ message: 'validation.amount' }).min(0, { message: 'validation.amount' }).max(1e13);

/**
 * A goal's funding: money put in at the start, monthly contributions until the target date, and
 * monthly withdrawals from it (retirement spending) for a number of years.
 */
export const goalFundingSchema = z.object({
  initialTwd: amount,
  monthlyContributionTwd: amount,
  monthlyWithdrawalTwd: amount,
  withdrawalYears: z.number().int().min(0).max(60),
});
export type GoalFunding = z.infer<typeof goalFundingSchema>;

export const goalFields = {
  kind: z.enum(GOAL_KINDS, { message: 'validation.goalKind' }),
  name: requiredText(60),
  /** The day the money is needed (retirement: the day the client reaches `retirementAge`). */
  targetDate: isoDateSchema,
  /** The amount needed on the target date, in TWD (today's money when `inTodaysMoney`). */
  amountTwd: amount,
  inTodaysMoney: z.boolean(),
  priority: z.enum(GOAL_PRIORITIES, { message: 'validation.goalPriority' }),
  funding: goalFundingSchema,
  /** Retirement only: the age and monthly spending in today's money. */
  retirementAge: z.number().int().min(40).max(90).nullable(),
  monthlySpendingTwd: amount.nullable(),
  /** Education only: the school year the money is first needed. */
  educationYear: z.number().int().min(2000).max(2100).nullable(),
  notes: optionalText(500),
};
export const goalInputSchema = z.object(goalFields);
export type GoalInput = z.input<typeof goalInputSchema>;
export type GoalData = z.output<typeof goalInputSchema>;

export const goalSchema = z.object({
  ...goalFields,
  id: z.string(),
  clientId: z.string(),
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Goal = z.infer<typeof goalSchema>;
