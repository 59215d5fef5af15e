import type { Migration } from './migration';

/**
 * Archived clients (out of the working book, kept whole), and a national ID that a prospect may
 * leave blank: only IDs on file must be unique.
 */
export const migration0030: Migration = {
  version: 30,
  name: 'client archive and merge',
  up(db) {
    db.exec(`
      ALTER TABLE clients ADD COLUMN archived_at TEXT;
      DROP INDEX IF EXISTS clients_national_id;
      CREATE UNIQUE INDEX clients_national_id ON clients (national_id) WHERE national_id <> '';
    `);
  },
};
