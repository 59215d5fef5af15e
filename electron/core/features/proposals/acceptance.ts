import type { RiskGrade } from '../../../../shared/features/kyc';
import type { AcceptanceReport, AcceptanceRow, ProposalState } from '../../../../shared/features/proposals';

/**
 * The acceptance report (O3.1.2, T3.1): presented proposals of a period grouped by the month they
 * were presented, the client's KYC grade and tier when presented, and product.
 *
 * - A proposal counts once as presented, then by where it stands today: accepted, partly
 *   accepted, declined, expired (unanswered past its validity), or still open (in none of these).
 * - Acceptance rate = (accepted + partly accepted) / (accepted + partly + declined + expired):
 *   open proposals are left out until answered; null when nothing is answered.
 * - AUM added = the proposed TWD of each accepted product (its weight × the proposal's
 *   investable amount when presented), over accepted and partly accepted proposals.
 * - By product: a proposal counts for each product it holds. For that product, "accepted" means
 *   the client took it (in an accepted or partly accepted proposal); "declined" that the client
 *   answered without it; partly accepted is not used.
 */
export interface ReportEntry {
  presentedOn: string;
  state: ProposalState;
  grade: RiskGrade | null;
  tierKey: string;
  investableTwd: number;
  items: { productId: string; weight: number }[];
  /** TWD bought into each proposed product by the proposal's trades (its frozen analysis). */
  boughtTwd: ReadonlyMap<string, number>;
  acceptedProductIds: string[];
}

type Counts = Omit<AcceptanceRow, 'key' | 'acceptanceRate'>;

const empty = (): Counts => ({
  presented: 0,
  accepted: 0,
  partlyAccepted: 0,
  declined: 0,
  expired: 0,
  aumAddedTwd: 0,
});

function rowOf(key: string, c: Counts): AcceptanceRow {
  const answered = c.accepted + c.partlyAccepted + c.declined + c.expired;
  return { key, ...c, acceptanceRate: answered === 0 ? null : (c.accepted + c.partlyAccepted) / answered };
}

function aumOf(entry: ReportEntry, productIds?: readonly string[]): number {
  if (entry.state !== 'accepted' && entry.state !== 'partly_accepted') return 0;
  return entry.items
    .filter(
      (i) =>
        entry.acceptedProductIds.includes(i.productId) && (!productIds || productIds.includes(i.productId)),
    )
    .reduce((s, i) => s + (entry.boughtTwd.get(i.productId) ?? 0), 0);
}

function add(counts: Counts, entry: ReportEntry): void {
  counts.presented += 1;
  if (entry.state === 'accepted') counts.accepted += 1;
  if (entry.state === 'partly_accepted') counts.partlyAccepted += 1;
  if (entry.state === 'declined') counts.declined += 1;
  if (entry.state === 'expired') counts.expired += 1;
  counts.aumAddedTwd += aumOf(entry);
}

/** The grade as a key: `five.3` (C3), `three.1` (保守型), `none` without a KYC. */
export function gradeKey(grade: RiskGrade | null): string {
  return grade === null ? 'none' : `${grade.scale}.${grade.level}`;
}

function grouped(entries: readonly ReportEntry[], keyOf: (e: ReportEntry) => string): AcceptanceRow[] {
  const groups = new Map<string, Counts>();
  for (const entry of entries) {
    const key = keyOf(entry);
    if (!groups.has(key)) groups.set(key, empty());
    add(groups.get(key)!, entry);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([key, c]) => rowOf(key, c));
}

function byProduct(entries: readonly ReportEntry[], names: ReadonlyMap<string, string>) {
  const groups = new Map<string, Counts>();
  for (const entry of entries) {
    for (const { productId } of entry.items) {
      const c = groups.get(productId) ?? empty();
      groups.set(productId, c);
      c.presented += 1;
      const took = entry.acceptedProductIds.includes(productId);
      if (entry.state === 'expired') c.expired += 1;
      else if (
        entry.state === 'accepted' ||
        entry.state === 'partly_accepted' ||
        entry.state === 'declined'
      ) {
        if (took) c.accepted += 1;
        else c.declined += 1;
      }
      c.aumAddedTwd += aumOf(entry, [productId]);
    }
  }
  return [...groups]
    .map(([key, c]) => ({ ...rowOf(key, c), productName: names.get(key) ?? key }))
    .sort((a, b) => b.presented - a.presented || a.productName.localeCompare(b.productName));
}

export function acceptanceReport(
  period: { from: string; to: string },
  entries: readonly ReportEntry[],
  productNames: ReadonlyMap<string, string>,
  tierOrder: readonly string[],
): AcceptanceReport {
  const totals = empty();
  for (const entry of entries) add(totals, entry);
  const byTier = grouped(entries, (e) => e.tierKey).sort(
    (a, b) => tierOrder.indexOf(a.key) - tierOrder.indexOf(b.key),
  );
  return {
    ...period,
    totals: rowOf('total', totals),
    byMonth: grouped(entries, (e) => e.presentedOn.slice(0, 7)),
    byGrade: grouped(entries, (e) => gradeKey(e.grade)),
    byTier,
    byProduct: byProduct(entries, productNames),
  };
}
