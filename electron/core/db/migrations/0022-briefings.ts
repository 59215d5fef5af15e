import type { Migration } from './migration';

/**
 * Briefing decks: a deck row (its latest version, soft deletion) and its versions, insert-only
 * (every save adds one; a trigger refuses a change to a saved version), and the images slides
 * show, kept once by their SHA-256.
 */
export const migration0022: Migration = {
  version: 22,
  name: 'briefings',
  up(db) {
    db.exec(`
      CREATE TABLE briefing_decks (
        id TEXT PRIMARY KEY,
        client_id TEXT,
        latest_version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE INDEX briefing_decks_client ON briefing_decks (client_id);
      CREATE TABLE briefing_deck_versions (
        deck_id TEXT NOT NULL REFERENCES briefing_decks (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        client_id TEXT,
        slides TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        saved_by TEXT NOT NULL,
        restored_from INTEGER,
        PRIMARY KEY (deck_id, version)
      );
      CREATE TRIGGER briefing_deck_versions_kept BEFORE UPDATE ON briefing_deck_versions
      BEGIN
        SELECT RAISE(ABORT, 'a saved deck version is never changed');
      END;
      CREATE TABLE briefing_images (
        id TEXT PRIMARY KEY,
        mime TEXT NOT NULL,
        bytes BLOB NOT NULL,
        created_at TEXT NOT NULL
      );
    `);
  },
};
