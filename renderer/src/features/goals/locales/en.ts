import type { zhTW } from './zh-TW';

/** Screen text of the goals feature in English. */
export const en: Record<keyof typeof zhTW, string> = {
  'goals.panel': 'Financial goals',
  'goals.add': 'Add a goal',
  'goals.none':
    'No financial goals yet. Proposals bring in the goals set here and estimate the chance of reaching them.',
  'goals.edit': 'Edit',
  'goals.delete': 'Delete',
  'goals.editTitle': 'Edit a financial goal',
  'goals.addTitle': 'Add a financial goal',
  'goals.deleteTitle': 'Delete a financial goal',
  'goals.deleteConfirm': 'Delete "{{name}}"? The audit trail records it.',
  'goals.saved': 'Goal saved',
  'goals.deleted': 'Goal deleted',
  'goals.kind': 'Goal type',
  'goals.name': 'Name',
  'goals.priority': 'Priority',
  'goals.targetDate': 'Target date',
  'goals.targetDateRetirement': 'From the birth date and the retirement age: {{date}}',
  'goals.noBirthDate': "The client's birth date is not on file; enter the target date.",
  'goals.amount': 'Target amount (TWD)',
  'goals.inTodaysMoney': "In today's money",
  'goals.todaysMoney': "Today's money",
  'goals.retirementAge': 'Retirement age',
  'goals.monthlySpending': "Monthly spending in retirement (today's money)",
  'goals.suggest': 'Estimate from monthly spending',
  'goals.suggestHint':
    "How: monthly spending × 12 × years of withdrawals, in today's money (returns and inflation are added by the simulation); the monthly withdrawal becomes the spending.",
  'goals.educationYearHint':
    'The target date becomes 1 September of that year (the school year starts); change it if needed.',
  'goals.educationYear': 'School year',
  'goals.funding': 'Funding',
  'goals.initial': 'Initial investment',
  'goals.monthlyContribution': 'Monthly contribution',
  'goals.monthlyWithdrawal': 'Monthly withdrawal',
  'goals.withdrawalYears': 'Years of withdrawals',
  'goals.notes': 'Notes',
  'goals.actions': 'Actions',
};
