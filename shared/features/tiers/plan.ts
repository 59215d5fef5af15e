import { addDays, addMonths, daysBetween } from '../../kernel/dates';
import type { ServicePlan } from './settings';
import type { ServiceDue } from './schema';

/** What a client's plan counts from: the last contact and review (activities), the KYC validity. */
export interface PlanFacts {
  /** The day the tier in effect began: its plan runs from then, never earlier. */
  since: string;
  lastContact?: string | undefined;
  lastReview?: string | undefined;
  /** The KYC service's end of validity of the latest profile, when there is one. */
  kycValidUntil?: string | undefined;
}

const later = (a: string, b: string) => (a > b ? a : b);

/**
 * The plan's due dates on a day. Next contact = last contact + N days, next review = last review +
 * M months (a month end stays a month end: 01-31 + 1 month → 02-28/29). With nothing done yet it
 * counts from the tier's start. A tier change changes the plan from that day: a due date the new
 * plan puts before the change falls on the change day, not in the past.
 */
export function serviceDue(plan: ServicePlan, facts: PlanFacts, asOf: string): ServiceDue[] {
  const due = (kind: ServiceDue['kind'], last: string | undefined, dueOn: string): ServiceDue => ({
    kind,
    last: last ?? null,
    dueOn,
    daysLate: daysBetween(dueOn, asOf),
  });
  const contactDue = later(addDays(facts.lastContact ?? facts.since, plan.contactEveryDays), facts.since);
  const reviewDue = later(addMonths(facts.lastReview ?? facts.since, plan.reviewEveryMonths), facts.since);
  const rows = [due('contact', facts.lastContact, contactDue), due('review', facts.lastReview, reviewDue)];
  if (plan.kycReview && facts.kycValidUntil !== undefined)
    rows.push(due('kyc', undefined, facts.kycValidUntil));
  return rows;
}
