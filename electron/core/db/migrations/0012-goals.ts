import type { Migration } from './migration';

/**
 * A client's financial-planning goals (理財目標). A goal goes with its client; each change bumps
 * its version, so an edit made on a stale copy is refused.
 */
export const migration0012: Migration = {
  version: 12,
  name: 'financial-planning goals',
  up(db) {
    db.exec(`
      CREATE TABLE goals (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('retirement', 'education', 'house', 'legacy', 'custom')),
        priority TEXT NOT NULL CHECK (priority IN ('essential', 'important', 'aspirational')),
        target_date TEXT NOT NULL,
        -- Everything else the goal holds (name, amount, funding, kind-specific fields), as JSON.
        data TEXT NOT NULL CHECK (json_valid(data)),
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX goals_client ON goals (client_id, target_date);
    `);
  },
};
