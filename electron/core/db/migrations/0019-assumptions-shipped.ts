import type { Migration } from './migration';

/**
 * A shipped assumptions version is stored once a proposal names it, marked `shipped`: a later
 * release ships another built-in version, and the drafts made on the old one must still find it.
 */
export const migration0019: Migration = {
  version: 19,
  name: 'shipped assumptions versions kept',
  up(db) {
    db.exec(`
      ALTER TABLE market_assumptions ADD COLUMN shipped INTEGER NOT NULL DEFAULT 0 CHECK (shipped IN (0, 1));
    `);
  },
};
