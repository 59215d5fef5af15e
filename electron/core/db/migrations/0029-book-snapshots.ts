import type { Migration } from './migration';

/**
 * Each client's assets (TWD) on the day a relationship report was exported, so a later report can
 * say how the book's assets changed over its period. Kept per day; a second export that day
 * replaces it.
 */
export const migration0029: Migration = {
  version: 29,
  name: 'book asset snapshots',
  up(db) {
    db.exec(`
      CREATE TABLE book_asset_snapshots (
        on_day TEXT NOT NULL,
        client_id TEXT NOT NULL,
        assets_twd REAL NOT NULL,
        PRIMARY KEY (on_day, client_id)
      ) WITHOUT ROWID;
      CREATE INDEX book_asset_snapshots_client ON book_asset_snapshots (client_id);
    `);
  },
};
