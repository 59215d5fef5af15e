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
 * by its tier's plan, by tier order, then the most late first, then by client ID (`inService`
 * comes in client ID order). Each distinct day's arithmetic is
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
      if (rules.kind !== undefined && due.kind !== rules.kind) continue;
      rows.push({
        clientId,
        tierKey,
        kind: due.kind,
        last: due.last,
        dueOn: due.dueOn,
        daysLate: due.daysLate,
      });
    }
  }
  // Sorted by one number per row (tier order, then days late), ties kept in client ID order as
  // `inService` gave them: a comparator of map lookups and string compares cost 35 ms a book.
  const keys = new Float64Array(rows.length);
  rows.forEach((row, i) => {
    keys[i] = (rules.order.get(row.tierKey) ?? 99) * 1e7 - row.daysLate;
  });
  const byRank = Array.from(rows.keys()).sort((a, b) => keys[a]! - keys[b]! || a - b);
  return byRank.map((i) => rows[i]!);
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
