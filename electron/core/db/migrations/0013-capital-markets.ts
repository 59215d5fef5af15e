import type { Migration } from './migration';

/**
 * Capital-market assumptions versions and which one is active. Both tables are only ever added
 * to: a version is never changed (proposals name the version they were made with) and the active
 * one is the latest activation (the built-in version, which is not stored, before any).
 */
export const migration0013: Migration = {
  version: 13,
  name: 'capital-market assumptions',
  up(db) {
    db.exec(`
      CREATE TABLE market_assumptions (
        version TEXT PRIMARY KEY,
        document TEXT NOT NULL CHECK (json_valid(document)),
        imported_at TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TRIGGER market_assumptions_insert_only_update BEFORE UPDATE ON market_assumptions
        BEGIN SELECT RAISE(ABORT, 'assumptions versions are never changed'); END;
      CREATE TRIGGER market_assumptions_insert_only_delete BEFORE DELETE ON market_assumptions
        BEGIN SELECT RAISE(ABORT, 'assumptions versions are never deleted'); END;

      CREATE TABLE market_assumption_activations (
        num INTEGER PRIMARY KEY AUTOINCREMENT,
        version TEXT NOT NULL,
        activated_at TEXT NOT NULL
      );
      CREATE TRIGGER market_assumption_activations_insert_only BEFORE UPDATE ON market_assumption_activations
        BEGIN SELECT RAISE(ABORT, 'the activation log is never changed'); END;
    `);
  },
};
