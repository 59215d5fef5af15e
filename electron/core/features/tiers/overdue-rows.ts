import {
  lateServices,
  rememberedDueDateMath,
  type OverdueRow,
  type ServiceKind,
  type ServicePlan,
} from '../../../../shared/features/tiers';
import type { LastContact } from './service';

/** An overdue-list row before the client's name is looked up (for the page shown only). */
export type LateRow = Omit<OverdueRow, 'clientName'>;

/**
 * The overdue list over the whole book: each in-service client's services due or late on the day
 * by its tier's plan, by tier order, then the most late first. Each distinct day's arithmetic is
 * worked out once (`rememberedDueDateMath`): this runs over every client on each request.
 */
export function lateRowsOf(
  inService: readonly { clientId: string; tierKey: string; since: string }[],
  facts: { lastOf: ReadonlyMap<string, LastContact>; kycDue: ReadonlyMap<string, string> },
  rules: {
    asOf: string;
    kind: ServiceKind | undefined;
    plans: ReadonlyMap<string, ServicePlan>;
    /** The plan of a tier key the settings no longer hold. */
    planOf: (tierKey: string) => ServicePlan;
    order: ReadonlyMap<string, number>;
  },
): LateRow[] {
  const dates = rememberedDueDateMath();
  const today = dates.day(rules.asOf);
  const rows: LateRow[] = [];
  for (const { clientId, tierKey, since } of inService) {
    const plan = rules.plans.get(tierKey) ?? rules.planOf(tierKey);
    const last = facts.lastOf.get(clientId);
    const clientFacts = {
      since,
      lastContact: last?.lastContact,
      lastReview: last?.lastReview,
      kycValidUntil: facts.kycDue.get(clientId),
    };
    for (const due of lateServices(plan, clientFacts, today, dates)) {
      if (rules.kind === undefined || due.kind === rules.kind) rows.push({ clientId, tierKey, ...due });
    }
  }
  const { order } = rules;
  rows.sort(
    (a, b) =>
      (order.get(a.tierKey) ?? 99) - (order.get(b.tierKey) ?? 99) ||
      b.daysLate - a.daysLate ||
      // Code-unit order: a stable tie-break, and far cheaper than localeCompare over a whole book.
      (a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0),
  );
  return rows;
}

/** The first `count` rows of each tier, from rows already in tier order. */
export function firstOfEachTier<T extends { tierKey: string }>(rows: readonly T[], count: number): T[] {
  const taken = new Map<string, number>();
  return rows.filter((row) => {
    const n = taken.get(row.tierKey) ?? 0;
    taken.set(row.tierKey, n + 1);
    return n < count;
  });
}
