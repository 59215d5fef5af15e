import type { Migration } from './migration';

/**
 * Investable assets come back in the order the user entered them. The table is keyed by
 * (client_id, currency), which alone reads back in currency order; `position` keeps the user's.
 * Rows written before this step keep the order they were read in until now (by currency).
 */
export const migration0006: Migration = {
  version: 6,
  name: 'investable assets keep their order',
  up(db) {
    db.exec(`
      ALTER TABLE client_assets ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
      UPDATE client_assets SET position = (
        SELECT count(*) FROM client_assets earlier
         WHERE earlier.client_id = client_assets.client_id AND earlier.currency < client_assets.currency
      );
    `);
  },
};
