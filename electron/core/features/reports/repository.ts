import type { Database } from '../../db/open';

/** Asset snapshots of the book. Writes run in the caller's unit of work. */
export class ReportsRepository {
  constructor(private readonly db: Database) {}

  /**
   * Merging a duplicate dossier: its snapshots join the client kept's, a day both have added up
   * (the book's total that day counted both dossiers).
   */
  mergeClient(fromId: string, intoId: string): number {
    this.db
      .prepare(
        `INSERT INTO book_asset_snapshots (on_day, client_id, assets_twd)
         SELECT on_day, @intoId, assets_twd FROM book_asset_snapshots WHERE client_id = @fromId
         ON CONFLICT (on_day, client_id) DO UPDATE SET assets_twd = assets_twd + excluded.assets_twd`,
      )
      .run({ fromId, intoId });
    return this.db.prepare('DELETE FROM book_asset_snapshots WHERE client_id = ?').run(fromId).changes;
  }

  /** Today's assets per client, replacing any snapshot already taken today. */
  saveSnapshot(day: string, assets: ReadonlyMap<string, number>): void {
    this.db.prepare('DELETE FROM book_asset_snapshots WHERE on_day = ?').run(day);
    const insert = this.db.prepare(
      'INSERT INTO book_asset_snapshots (on_day, client_id, assets_twd) VALUES (?, ?, ?)',
    );
    for (const [clientId, twd] of assets) insert.run(day, clientId, twd);
  }

  /** The latest snapshot day on or before a day, with the assets it holds (of one client, or all). */
  snapshotOnOrBefore(day: string, clientId?: string): { day: string; totalTwd: number } | null {
    const found = this.db
      .prepare('SELECT MAX(on_day) FROM book_asset_snapshots WHERE on_day <= ?')
      .pluck()
      .get(day) as string | null;
    if (found === null) return null;
    const total = this.db
      .prepare(
        `SELECT COALESCE(SUM(assets_twd), 0) FROM book_asset_snapshots
         WHERE on_day = @day AND (@clientId IS NULL OR client_id = @clientId)`,
      )
      .pluck()
      .get({ day: found, clientId: clientId ?? null }) as number;
    return { day: found, totalTwd: total };
  }

  /** The client's assets on each day a book report was exported, oldest first (the copy package). */
  snapshotsOf(clientId: string): { day: string; assetsTwd: number }[] {
    return this.db
      .prepare<[string], { day: string; assetsTwd: number }>(
        'SELECT on_day AS day, assets_twd AS assetsTwd FROM book_asset_snapshots WHERE client_id = ? ORDER BY on_day',
      )
      .all(clientId);
  }

  /** Client deletion: the figures kept of the client go with them. */
  eraseClient(clientId: string): number {
    return this.db.prepare('DELETE FROM book_asset_snapshots WHERE client_id = ?').run(clientId).changes;
  }
}
