import type { Migration } from './migration';

/**
 * The regulatory-update log (P2.1.2): entries, an optional attached file kept in the encrypted
 * database, and each advisor's read acknowledgement (the first one is kept).
 */
export const migration0024: Migration = {
  version: 24,
  name: 'regulatory-update log',
  up(db) {
    db.exec(`
      CREATE TABLE regulatory_updates (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        issuer TEXT NOT NULL,
        reference TEXT,
        issued_on TEXT NOT NULL,
        effective_on TEXT,
        summary TEXT,
        link TEXT,
        attachment_name TEXT,
        attachment BLOB,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((attachment_name IS NULL) = (attachment IS NULL))
      ) WITHOUT ROWID;
      CREATE INDEX regulatory_updates_issued ON regulatory_updates (issued_on);

      CREATE TABLE regulatory_update_reads (
        update_id TEXT NOT NULL REFERENCES regulatory_updates (id) ON DELETE CASCADE,
        reader TEXT NOT NULL,
        read_at TEXT NOT NULL,
        PRIMARY KEY (update_id, reader)
      ) WITHOUT ROWID;
    `);
  },
};
