import type { Migration } from './migration';
// The version shipped when this step was written, frozen here: the drafts before it name this one.
import SHIPPED from './0019-shipped-assumptions-2026.1.json';

/**
 * A shipped assumptions version is stored once a proposal names it, marked `shipped`: a later
 * release ships another built-in version, and the drafts made on the old one must still find it.
 * The proposals written before this step are caught up here: a presented one's frozen file, and
 * the built-in one (the only version not stored then) when a draft names it.
 */
export const migration0019: Migration = {
  version: 19,
  name: 'shipped assumptions versions kept',
  up(db) {
    db.exec(`
      ALTER TABLE market_assumptions ADD COLUMN shipped INTEGER NOT NULL DEFAULT 0 CHECK (shipped IN (0, 1));
      INSERT OR IGNORE INTO market_assumptions (version, document, imported_at, shipped)
        SELECT json_extract(facts, '$.assumptions.version'), json_extract(facts, '$.assumptions'),
               min(presented_on), 1
        FROM proposals WHERE facts IS NOT NULL AND json_extract(facts, '$.assumptions.version') IS NOT NULL
        GROUP BY json_extract(facts, '$.assumptions.version');
    `);
    db.prepare(
      `INSERT OR IGNORE INTO market_assumptions (version, document, imported_at, shipped)
       SELECT ?, ?, min(created_at), 1 FROM proposals
       WHERE json_extract(content, '$.assumptionsVersion') = ? HAVING count(*) > 0`,
    ).run(SHIPPED.version, JSON.stringify(SHIPPED), SHIPPED.version);
  },
};
