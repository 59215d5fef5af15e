import type { Migration } from './migration';

/** Demo clients are marked, so they can be told from real ones and removed. */
export const migration0005: Migration = {
  version: 5,
  name: 'demo-client marker',
  up(db) {
    db.exec(`
      ALTER TABLE clients ADD COLUMN is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1));
      CREATE INDEX clients_demo ON clients (is_demo) WHERE is_demo = 1;
    `);
  },
};
