import type { Database } from '../db/open';

/**
 * Merging a duplicate dossier into the one kept (clients.merge) without the clients feature
 * knowing any other feature's records: each feature holding rows about a client gives app.ts a
 * merger, listed beside its client-deletion eraser, that moves its rows from the duplicate to the
 * client kept. In the kernel because every feature implements it and clients consumes it.
 */
export interface ClientMerger {
  /** The feature's name in the merge's answer (`activities`, `holdings`…). */
  feature: string;
  /** Moves every row naming `fromId` to `intoId` (combining where a client has one row); answers how many. */
  merge(fromId: string, intoId: string): number;
  /** Runs once the kept dossier holds the merged fields (the tiers recompute the kept client's tier). */
  settle?(intoId: string): void;
}

/** Moves every row of these tables from one client to another: tables with no one-row-per-client key. */
export function moveClientRows(
  db: Database,
  tables: readonly string[],
  fromId: string,
  intoId: string,
): number {
  let moved = 0;
  for (const table of tables) {
    moved += db.prepare(`UPDATE ${table} SET client_id = ? WHERE client_id = ?`).run(intoId, fromId).changes;
  }
  return moved;
}
