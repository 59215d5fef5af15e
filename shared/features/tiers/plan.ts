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

const EPOCH = '1970-01-01';

/** Calendar days as numbers (days since 1970-01-01), by shared/kernel/dates.ts. */
export interface DueDateMath {
  day(isoDate: string): number;
  iso(day: number): string;
  /** The day `months` after a date; a month end stays a month end (01-31 + 1 → 02-28/29). */
  addMonths(isoDate: string, months: number): number;
}

const KERNEL_DATES: DueDateMath = {
  day: (isoDate) => daysBetween(EPOCH, isoDate),
  iso: (day) => addDays(EPOCH, day),
  addMonths: (isoDate, months) => daysBetween(EPOCH, addMonths(isoDate, months)),
};

/**
 * The same arithmetic, remembered: a book of 10,000 clients has a few hundred distinct last-contact
 * days, so the overdue list works each one out once instead of once per client.
 */
export function rememberedDueDateMath(): DueDateMath {
  const days = new Map<string, number>();
  const isos = new Map<number, string>();
  const months = new Map<number, Map<string, number>>();
  return {
    day(isoDate) {
      let day = days.get(isoDate);
      if (day === undefined) days.set(isoDate, (day = KERNEL_DATES.day(isoDate)));
      return day;
    },
    iso(day) {
      let iso = isos.get(day);
      if (iso === undefined) isos.set(day, (iso = KERNEL_DATES.iso(day)));
      return iso;
    },
    addMonths(isoDate, count) {
      let byDate = months.get(count);
      if (byDate === undefined) months.set(count, (byDate = new Map()));
      let day = byDate.get(isoDate);
      if (day === undefined) byDate.set(isoDate, (day = KERNEL_DATES.addMonths(isoDate, count)));
      return day;
    },
  };
}

/**
 * The plan's due dates on a day. Next contact = last contact + N days, next review = last review +
 * M months (a month end stays a month end: 01-31 + 1 month → 02-28/29). With nothing done yet it
 * counts from the tier's start. A tier change changes the plan from that day: a due date the new
 * plan puts before the change falls on the change day, not in the past.
 */
export function serviceDue(
  plan: ServicePlan,
  facts: PlanFacts,
  asOf: string,
  dates: DueDateMath = KERNEL_DATES,
): ServiceDue[] {
  return dueRows(plan, facts, dates.day(asOf), dates, false);
}

/** Only what is due or late on the day (days late ≥ 0), worked out for a whole book at once. */
export function lateServices(
  plan: ServicePlan,
  facts: PlanFacts,
  today: number,
  dates: DueDateMath,
): ServiceDue[] {
  return dueRows(plan, facts, today, dates, true);
}

function dueRows(
  plan: ServicePlan,
  facts: PlanFacts,
  today: number,
  dates: DueDateMath,
  lateOnly: boolean,
): ServiceDue[] {
  const since = dates.day(facts.since);
  const due: [ServiceDue['kind'], string | undefined, number][] = [
    [
      'contact',
      facts.lastContact,
      Math.max(dates.day(facts.lastContact ?? facts.since) + plan.contactEveryDays, since),
    ],
    [
      'review',
      facts.lastReview,
      Math.max(dates.addMonths(facts.lastReview ?? facts.since, plan.reviewEveryMonths), since),
    ],
  ];
  if (plan.kycReview && facts.kycValidUntil !== undefined)
    due.push(['kyc', undefined, dates.day(facts.kycValidUntil)]);
  // A loop, not a closure per client: the overdue list runs this for every client of a book.
  const rows: ServiceDue[] = [];
  for (const [kind, last, dueDay] of due) {
    if (lateOnly && dueDay > today) continue;
    rows.push({ kind, last: last ?? null, dueOn: dates.iso(dueDay), daysLate: today - dueDay });
  }
  return rows;
}
