import type { TierChange, TierChangeCause } from '../../../../shared/features/tiers';
import type { Database } from '../../db/open';
import { moveClientRows } from '../../kernel/client-merger';

/** One client's stored tier (the last recompute's, with the override). */
export interface StoredTier {
  clientId: string;
  automaticKey: string;
  assetsTwd: number;
  inService: boolean;
  override: { tierKey: string; reason: string; at: string } | null;
  effectiveKey: string;
  since: string;
  recomputedAt: string;
}

interface TierRow {
  client_id: string;
  automatic_key: string;
  assets_twd: number;
  in_service: 0 | 1;
  override_key: string | null;
  override_reason: string | null;
  override_at: string | null;
  effective_key: string;
  since: string;
  recomputed_at: string;
}

const toStored = (row: TierRow): StoredTier => ({
  clientId: row.client_id,
  automaticKey: row.automatic_key,
  assetsTwd: row.assets_twd,
  inService: row.in_service === 1,
  override:
    row.override_key === null
      ? null
      : { tierKey: row.override_key, reason: row.override_reason ?? '', at: row.override_at ?? '' },
  effectiveKey: row.effective_key,
  since: row.since,
  recomputedAt: row.recomputed_at,
});

/** The client_tiers and client_tier_changes tables; no transactions here (the router's unit of work). */
export class TiersRepository {
  constructor(private readonly db: Database) {}

  /**
   * Merging a duplicate dossier: the histories are combined; the client kept keeps its tier and
   * override, or takes the duplicate's when it has none (the service then recomputes it).
   */
  mergeClient(fromId: string, intoId: string): number {
    const changes = moveClientRows(this.db, ['client_tier_changes'], fromId, intoId);
    const tier = this.get(intoId)
      ? this.db.prepare('DELETE FROM client_tiers WHERE client_id = ?').run(fromId).changes
      : moveClientRows(this.db, ['client_tiers'], fromId, intoId);
    return changes + tier;
  }

  get(clientId: string): StoredTier | null {
    const row = this.db
      .prepare<[string], TierRow>('SELECT * FROM client_tiers WHERE client_id = ?')
      .get(clientId);
    return row ? toStored(row) : null;
  }

  all(): Map<string, StoredTier> {
    const rows = this.db.prepare<[], TierRow>('SELECT * FROM client_tiers').all();
    return new Map(rows.map((row) => [row.client_id, toStored(row)]));
  }

  /**
   * Clients in service (active or dormant when last recomputed), optionally of one tier, in client
   * ID order (the overdue list's tie-break): only what the overdue list reads, as it runs over the
   * whole book.
   */
  inService(tierKey?: string): { clientId: string; tierKey: string; since: string }[] {
    const select = 'SELECT client_id, effective_key, since FROM client_tiers WHERE in_service = 1';
    const order = 'ORDER BY client_id';
    // Arrays, not objects, from SQLite: this runs over the whole book on every overdue list.
    const rows = (
      tierKey === undefined
        ? this.db.prepare(`${select} ${order}`).raw().all()
        : this.db.prepare(`${select} AND effective_key = ? ${order}`).raw().all(tierKey)
    ) as [string, string, string][];
    return rows.map(([clientId, key, since]) => ({ clientId, tierKey: key, since }));
  }

  /** Clients whose tier in effect is this one (the client list's `tier` filter). */
  clientIdsOfTier(tierKey: string): string[] {
    return this.db
      .prepare<[string], string>('SELECT client_id FROM client_tiers WHERE effective_key = ?')
      .pluck()
      .all(tierKey);
  }

  lastRecomputedAt(): string | null {
    const row = this.db
      .prepare<[], { at: string | null }>('SELECT max(recomputed_at) AS at FROM client_tiers')
      .get();
    return row?.at ?? null;
  }

  save(tier: StoredTier): void {
    this.db
      .prepare(
        `INSERT INTO client_tiers (client_id, automatic_key, assets_twd, in_service, override_key,
           override_reason, override_at, effective_key, since, recomputed_at)
         VALUES (@clientId, @automaticKey, @assetsTwd, @inService, @overrideKey, @overrideReason,
           @overrideAt, @effectiveKey, @since, @recomputedAt)
         ON CONFLICT (client_id) DO UPDATE SET automatic_key = excluded.automatic_key,
           assets_twd = excluded.assets_twd, in_service = excluded.in_service,
           override_key = excluded.override_key, override_reason = excluded.override_reason,
           override_at = excluded.override_at, effective_key = excluded.effective_key,
           since = excluded.since, recomputed_at = excluded.recomputed_at`,
      )
      .run({
        clientId: tier.clientId,
        automaticKey: tier.automaticKey,
        assetsTwd: tier.assetsTwd,
        inService: tier.inService ? 1 : 0,
        overrideKey: tier.override?.tierKey ?? null,
        overrideReason: tier.override?.reason ?? null,
        overrideAt: tier.override?.at ?? null,
        effectiveKey: tier.effectiveKey,
        since: tier.since,
        recomputedAt: tier.recomputedAt,
      });
  }

  /** Rows of clients no longer live (deleted since the last recompute). */
  removeExcept(liveIds: ReadonlySet<string>): void {
    const gone = [...this.all().keys()].filter((id) => !liveIds.has(id));
    if (gone.length > 0) {
      this.db
        .prepare('DELETE FROM client_tiers WHERE client_id IN (SELECT value FROM json_each(?))')
        .run(JSON.stringify(gone));
    }
  }

  addChange(clientId: string, change: TierChange, recordedAt: string): void {
    this.db
      .prepare(
        `INSERT INTO client_tier_changes (client_id, on_date, from_key, to_key, cause, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(clientId, change.on, change.from, change.to, change.cause, recordedAt);
  }

  /** The client's tier changes, newest first. */
  history(clientId: string): TierChange[] {
    return this.db
      .prepare<[string], { on: string; from: string | null; to: string; cause: TierChangeCause }>(
        `SELECT on_date AS "on", from_key AS "from", to_key AS "to", cause
           FROM client_tier_changes WHERE client_id = ? ORDER BY id DESC`,
      )
      .all(clientId);
  }

  /** Client deletion: the tier, its override reason and its history are about the client. */
  eraseClient(clientId: string): number {
    const tiers = this.db.prepare('DELETE FROM client_tiers WHERE client_id = ?').run(clientId).changes;
    const changes = this.db
      .prepare('DELETE FROM client_tier_changes WHERE client_id = ?')
      .run(clientId).changes;
    return tiers + changes;
  }
}
