import type { Migration } from './migration';

/**
 * Client tiers (issue 12): each live client's tier as the last recompute found it, with the manual
 * override and its reason, and every change of the tier in effect (date, from, to, cause).
 */
export const migration0021: Migration = {
  version: 21,
  name: 'client tiers',
  up(db) {
    db.exec(`
      CREATE TABLE client_tiers (
        client_id TEXT PRIMARY KEY,
        automatic_key TEXT NOT NULL,
        assets_twd REAL NOT NULL,
        in_service INTEGER NOT NULL CHECK (in_service IN (0, 1)),
        override_key TEXT,
        override_reason TEXT,
        override_at TEXT,
        effective_key TEXT NOT NULL,
        since TEXT NOT NULL,
        recomputed_at TEXT NOT NULL
      );
      CREATE INDEX client_tiers_effective ON client_tiers (effective_key);
      CREATE TABLE client_tier_changes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        client_id TEXT NOT NULL,
        on_date TEXT NOT NULL,
        from_key TEXT,
        to_key TEXT NOT NULL,
        cause TEXT NOT NULL CHECK (cause IN ('assets', 'override', 'settings')),
        recorded_at TEXT NOT NULL
      );
      CREATE INDEX client_tier_changes_client ON client_tier_changes (client_id, id);
    `);
  },
};
