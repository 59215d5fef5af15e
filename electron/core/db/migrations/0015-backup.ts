import type { Migration } from './migration';

/**
 * The log of backups made from this vault (manual, scheduled, and the safety backup before a
 * restore): when, where and the file's SHA-256. The reminder and the schedule read it. A file path
 * names a folder the user chose, never client data.
 */
export const migration0015: Migration = {
  version: 15,
  name: 'backup log',
  up(db) {
    db.exec(`
      CREATE TABLE backup_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('manual', 'scheduled', 'safety')),
        file TEXT NOT NULL,
        bytes INTEGER NOT NULL CHECK (bytes > 0),
        sha256 TEXT NOT NULL
      );
      CREATE INDEX backup_log_kind_at ON backup_log (kind, at);
    `);
  },
};
