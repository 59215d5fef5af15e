import type { Migration } from './migration';

/**
 * Two indexes the 今日 page reads on every visit, over the whole book, made covering so neither
 * query looks up a table row per entry (a random read and a page decrypt each): the count of open
 * follow-ups due by the week's end, which leaves archived clients out by client ID, and the
 * clients in service with their tier, in client ID order, which the overdue list walks.
 */
export const migration0031: Migration = {
  version: 31,
  name: 'home page covering indexes',
  up(db) {
    db.exec(`
      DROP INDEX follow_ups_open;
      -- done_on (always NULL here) is named too: SQLite calls an index covering only when it holds
      -- every column the query names, its own WHERE's included.
      CREATE INDEX follow_ups_open ON follow_ups (due_on, client_id, done_on) WHERE done_on IS NULL;
      CREATE INDEX client_tiers_in_service ON client_tiers (in_service, client_id, effective_key, since);
    `);
  },
};
