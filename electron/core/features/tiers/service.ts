import {
  serviceDue,
  tierFor,
  tierOf,
  type ClientTier,
  type Household,
  type OverdueList,
  type OverdueQuery,
  type Tier,
  type TierChange,
} from '../../../../shared/features/tiers';
import type { Client, ClientListQuery, ClientSummary } from '../../../../shared/features/clients';
import type { InvestorClass } from '../../../../shared/features/investor-classes';
import type { FxRates, Settings } from '../../../../shared/features/settings';
import { AppError } from '../../../../shared/ipc/result';
import { today } from '../../../../shared/kernel/dates';
import { CURRENCIES, totalTwd, type Currency } from '../../../../shared/kernel/money';
import { MAX_PAGE_SIZE } from '../../../../shared/kernel/limits';
import { firstOfEachTier, lateRowsOf, type LateRow } from './overdue-rows';
import type { StoredTier, TiersRepository } from './repository';

/** Each client's latest contact and portfolio review (ISO dates), from the activities feature. */
export interface LastContact {
  lastContact?: string;
  lastReview?: string;
}

/** What tiers and service plans ask of the other features, through their services. */
export interface ServicePlanDeps {
  clients: {
    list(query: ClientListQuery): { total: number; items: ClientSummary[] };
    get(id: string): Client;
    namesOf(ids: readonly string[]): Map<string, string>;
    /** Out of the working book: off the overdue list at once, not only after the next recompute. */
    archivedIds(): string[];
  };
  holdings: {
    valuationOf(clientId: string): {
      positions: readonly unknown[];
      cash: readonly unknown[];
      totalTwd: number;
      missingRates: Currency[];
    };
  };
  investorClasses: { classOn(clientId: string, day: string): InvestorClass };
  kyc: {
    profileOf(clientId: string): { validUntil: string } | null;
    duePending(): {
      expiring: { clientId: string; validUntil: string }[];
      expired: { clientId: string; validUntil: string }[];
    };
  };
  /** The activities feature's `activitiesServicePlanSource(activities)`. */
  activities: { lastContacts(clientIds?: readonly string[]): Map<string, LastContact> };
}

/** Clients the service plans follow; prospects and closed accounts have none. */
const IN_SERVICE: ReadonlySet<string> = new Set(['active', 'dormant']);

/**
 * Why a recompute moved the tier: a first tiering and changed assets are 'assets'; an override that
 * lapsed, or the same assets in another tier (the thresholds or criteria moved), are 'settings'.
 */
function changeCause(before: StoredTier | null, override: StoredTier['override'], assetsTwd: number) {
  if (before === null) return 'assets' as const;
  if (before.override !== null && override === null) return 'settings' as const;
  return before.assetsTwd === assetsTwd ? ('settings' as const) : ('assets' as const);
}

interface Assets {
  twd: number;
  source: 'holdings' | 'stated';
  missing: Currency[];
}

/**
 * Tiers, service plans, the overdue list and households. Runs inside the router's unit of work
 * (no transactions, no audit here).
 */
export class TiersService {
  constructor(
    private readonly repository: () => TiersRepository,
    private readonly deps: ServicePlanDeps,
    private readonly settings: () => Settings,
    /** The exchange rates in force (CoreContext.fxRates), for assets kept as a summary. */
    private readonly fxRates: () => FxRates,
    private readonly nowIso: () => string,
  ) {}

  /** Merging a duplicate dossier (clients.merge): the tier history is combined (recomputeClient then tiers the client kept). */
  mergeClient(fromId: string, intoId: string): number {
    return this.repository().mergeClient(fromId, intoId);
  }

  private today(): string {
    return today(this.settings().timeZone, new Date(this.nowIso()));
  }

  private tier(key: string): Tier {
    const tiers = this.settings().tiers.tiers;
    return tiers.find((t) => t.key === key) ?? tiers[tiers.length - 1]!;
  }

  /** A tier's name in a language; a key the firm has since removed shows as itself. */
  tierName(key: string, language: 'zh-TW' | 'en'): string {
    return this.settings().tiers.tiers.find((t) => t.key === key)?.name[language] ?? key;
  }

  /** Client deletion: the tier, the override's reason and the history go with the client. */
  eraseClient(clientId: string): number {
    return this.repository().eraseClient(clientId);
  }

  /** Holdings valuation in TWD when the client holds anything, else the dossier's stated assets. */
  private assetsOf(summary: Pick<ClientSummary, 'id' | 'totalAssetsTwd'>): Assets {
    const valuation = this.deps.holdings.valuationOf(summary.id);
    if (valuation.positions.length > 0 || valuation.cash.length > 0) {
      return { twd: valuation.totalTwd, source: 'holdings', missing: valuation.missingRates };
    }
    return { twd: summary.totalAssetsTwd.twd, source: 'stated', missing: summary.totalAssetsTwd.missing };
  }

  /** Every live client, tiered again; each change of the tier in effect is recorded with its cause. */
  recompute(): { clients: number; tiered: number; changed: number; at: string } {
    const at = this.nowIso();
    const day = this.today();
    const repository = this.repository();
    const stored = repository.all();
    const live = new Set<string>();
    let tiered = 0;
    let changed = 0;
    for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
      const page = this.deps.clients.list({ sort: 'name', offset, limit: MAX_PAGE_SIZE });
      for (const client of page.items) {
        if (client.deleted) continue;
        live.add(client.id);
        const before = stored.get(client.id) ?? null;
        const moved = this.recomputeOne(client, before, day, at);
        if (before === null) tiered += 1;
        else if (moved) changed += 1;
      }
      if (offset + MAX_PAGE_SIZE >= page.total) break;
    }
    repository.removeExcept(live);
    return { clients: live.size, tiered, changed, at };
  }

  /** One client tiered again (a merged dossier), as `recompute` does for every client. */
  recomputeClient(clientId: string): void {
    const client = this.deps.clients.get(clientId);
    const totalAssetsTwd = totalTwd(client.investableAssets, this.fxRates().toTwd);
    this.recomputeOne(
      { ...client, totalAssetsTwd },
      this.repository().get(clientId),
      this.today(),
      this.nowIso(),
    );
  }

  private recomputeOne(
    client: Pick<ClientSummary, 'id' | 'tags' | 'status' | 'totalAssetsTwd'>,
    before: StoredTier | null,
    day: string,
    at: string,
  ): boolean {
    const settings = this.settings().tiers;
    const assets = this.assetsOf(client);
    const automatic = tierFor(
      {
        assetsTwd: assets.twd,
        investorClass: this.deps.investorClasses.classOn(client.id, day),
        tags: client.tags,
      },
      settings,
    ).key;
    // An override naming a tier the firm has since removed lapses.
    const override =
      before?.override && settings.tiers.some((t) => t.key === before.override!.tierKey)
        ? before.override
        : null;
    const effective = override?.tierKey ?? automatic;
    const moved = before === null || before.effectiveKey !== effective;
    if (moved) {
      this.repository().addChange(
        client.id,
        {
          on: day,
          from: before?.effectiveKey ?? null,
          to: effective,
          cause: changeCause(before, override, assets.twd),
        },
        at,
      );
    }
    this.repository().save({
      clientId: client.id,
      automaticKey: automatic,
      assetsTwd: assets.twd,
      inService: IN_SERVICE.has(client.status),
      override,
      effectiveKey: effective,
      since: moved ? day : (before?.since ?? day),
      recomputedAt: at,
    });
    return moved;
  }

  /** Sets or removes the manual tier (a reason is required to set one: the contract checks it). */
  override(clientId: string, tierKey: string | null, reason: string): ClientTier {
    const client = this.deps.clients.get(clientId);
    if (client.deletedAt) throw new AppError('NOT_FOUND', 'the client was deleted');
    if (tierKey !== null && !this.settings().tiers.tiers.some((t) => t.key === tierKey)) {
      throw new AppError('VALIDATION', 'no such tier', {
        issues: [{ path: ['tierKey'], message: 'validation.tierUnknown' }],
      });
    }
    const day = this.today();
    const at = this.nowIso();
    const current = this.repository().get(clientId) ?? this.computed(client, day, at);
    const override = tierKey === null ? null : { tierKey, reason, at };
    const effective = tierKey ?? current.automaticKey;
    const moved = current.effectiveKey !== effective;
    if (moved) {
      this.repository().addChange(
        clientId,
        { on: day, from: current.effectiveKey, to: effective, cause: 'override' },
        at,
      );
    }
    this.repository().save({
      ...current,
      override,
      effectiveKey: effective,
      since: moved ? day : current.since,
    });
    return this.ofClient(clientId);
  }

  /** A client's tier as a recompute would find it now, not stored (a client added since the last one). */
  private computed(client: Client, day: string, at: string): StoredTier {
    const summary = {
      id: client.id,
      totalAssetsTwd: totalTwd(client.investableAssets, this.fxRates().toTwd),
    };
    const assets = this.assetsOf(summary);
    const key = tierFor(
      {
        assetsTwd: assets.twd,
        investorClass: this.deps.investorClasses.classOn(client.id, day),
        tags: client.tags,
      },
      this.settings().tiers,
    ).key;
    return {
      clientId: client.id,
      automaticKey: key,
      assetsTwd: assets.twd,
      inService: IN_SERVICE.has(client.status),
      override: null,
      effectiveKey: key,
      since: day,
      recomputedAt: at,
    };
  }

  ofClient(clientId: string, asOf = this.today()): ClientTier {
    const client = this.deps.clients.get(clientId);
    const stored = this.repository().get(clientId) ?? this.computed(client, this.today(), this.nowIso());
    const plan = this.tier(stored.effectiveKey).plan;
    const last = this.deps.activities.lastContacts([clientId]).get(clientId) ?? {};
    const kyc = this.deps.kyc.profileOf(clientId);
    const history: TierChange[] = this.repository().history(clientId);
    return {
      clientId,
      tierKey: stored.effectiveKey,
      automaticKey: stored.automaticKey,
      override: stored.override,
      assetsTwd: stored.assetsTwd,
      since: stored.since,
      recomputedAt: stored.recomputedAt,
      plan,
      due: serviceDue(plan, { ...last, since: stored.since, kycValidUntil: kyc?.validUntil }, asOf),
      history,
    };
  }

  /**
   * Clients in service whose contact, review or KYC is due or late on the day, by tier order and
   * the most late first, with the counts of the whole list; rows come a page at a time (a whole
   * book's list is thousands of rows), names looked up for the page only. Without `limit`, all rows.
   */
  overdue(query: OverdueQuery): OverdueList {
    const asOf = query.asOf ?? this.today();
    const rows = this.lateRows({ ...query, asOf });
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.tierKey, (counts.get(row.tierKey) ?? 0) + 1);
    const shown = query.perTier === undefined ? rows : firstOfEachTier(rows, query.perTier);
    const offset = query.offset ?? 0;
    const page = shown.slice(offset, query.limit === undefined ? undefined : offset + query.limit);
    const names = this.deps.clients.namesOf(page.map((r) => r.clientId));
    return {
      asOf,
      recomputedAt: this.repository().lastRecomputedAt(),
      total: rows.length,
      byTier: [...counts].map(([tierKey, count]) => ({ tierKey, count })),
      rows: page.map((r) => ({ ...r, clientName: names.get(r.clientId) ?? '' })),
    };
  }

  /** The clients on the overdue list today, for one kind or any (the client list's `overdue` filter). */
  overdueClientIds(kind?: OverdueQuery['kind']): string[] {
    const rows = this.lateRows({ asOf: this.today(), ...(kind ? { kind } : {}) });
    return [...new Set(rows.map((row) => row.clientId))];
  }

  /** The overdue list's rows, unnamed, by tier order and the most late first. */
  private lateRows(query: OverdueQuery & { asOf: string }): LateRow[] {
    const asOf = query.asOf;
    const archived = new Set(this.deps.clients.archivedIds());
    const tiers = this.repository()
      .inService(query.tier)
      .filter((tier) => !archived.has(tier.clientId));
    const lastOf = this.deps.activities.lastContacts();
    const kycDue = new Map<string, string>();
    if (query.kind === undefined || query.kind === 'kyc') {
      const pending = this.deps.kyc.duePending();
      for (const row of [...pending.expired, ...pending.expiring]) kycDue.set(row.clientId, row.validUntil);
    }
    const tiersInOrder = this.settings().tiers.tiers;
    return lateRowsOf(
      tiers,
      { lastOf, kycDue },
      {
        asOf,
        kind: query.kind,
        plans: new Map(tiersInOrder.map((t) => [t.key, t.plan])),
        planOf: (key) => this.tier(key).plan,
        order: new Map(tiersInOrder.map((t, i) => [t.key, i])),
      },
    );
  }

  /** The client and the clients linked to them: each one's assets in TWD, the total and its tier. */
  household(clientId: string): Household {
    const client = this.deps.clients.get(clientId);
    const { tiers } = this.settings();
    const fxRates = this.fxRates();
    const members = [
      { client, relation: null },
      ...client.household.map((link) => ({
        client: this.deps.clients.get(link.clientId),
        relation: link.relation,
      })),
    ].filter((m) => !m.client.deletedAt);
    const last = this.deps.activities.lastContacts(members.map((m) => m.client.id));
    const rows = members.map(({ client: member, relation }) => {
      const assets = this.assetsOf({
        id: member.id,
        totalAssetsTwd: totalTwd(member.investableAssets, fxRates.toTwd),
      });
      return {
        clientId: member.id,
        name: member.name,
        relation,
        assetsTwd: assets.twd,
        source: assets.source,
        missing: assets.missing,
        lastContact: last.get(member.id)?.lastContact ?? null,
      };
    });
    const total = Math.round(rows.reduce((sum, r) => sum + r.assetsTwd, 0) * 100) / 100;
    const contacts = rows.flatMap((r) => (r.lastContact ? [r.lastContact] : [])).sort();
    return {
      clientId,
      members: rows,
      totalTwd: total,
      rates: CURRENCIES.flatMap((currency) => {
        const rate = currency === 'TWD' ? undefined : fxRates.toTwd[currency];
        return rate === undefined ? [] : [{ currency, toTwd: rate }];
      }),
      fxAsOf: fxRates.asOf,
      tierKey: tierOf(total, tiers).key,
      lastContact: contacts[contacts.length - 1] ?? null,
    };
  }

  /** Clients whose tier in effect (as last recomputed, or overridden) is this one. */
  clientsOfTier(tierKey: string): string[] {
    return this.repository().clientIdsOfTier(tierKey);
  }

  /** Every client's tier in effect as the last recompute stored it, and whether a plan follows them. */
  storedTiers(): Map<string, { tierKey: string; inService: boolean }> {
    const stored = this.repository().all();
    return new Map(
      [...stored].map(([id, tier]) => [id, { tierKey: tier.effectiveKey, inService: tier.inService }]),
    );
  }
}
