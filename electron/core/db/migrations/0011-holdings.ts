import type { Migration } from './migration';

/**
 * A client's holdings: positions (a shelf product, or free-form with its own name, class and
 * currency) and cash by currency and custodian. One version per client's holdings: every change
 * names the version it started from, as a dossier edit does. Removing a client removes them.
 */
export const migration0011: Migration = {
  version: 11,
  name: 'holdings',
  up(db) {
    db.exec(`
      CREATE TABLE holdings_versions (
        client_id TEXT PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version > 0)
      ) WITHOUT ROWID;

      CREATE TABLE holdings_positions (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        product_id TEXT REFERENCES products (id),
        name TEXT,
        asset_class TEXT,
        currency TEXT,
        custodian TEXT NOT NULL CHECK (custodian IN ('domestic', 'sub_brokerage', 'trust', 'bank')),
        quantity REAL NOT NULL CHECK (quantity >= 0),
        price REAL NOT NULL CHECK (price >= 0),
        price_date TEXT NOT NULL,
        -- A shelf position takes name, class and currency from the product; a free-form one has its own.
        CHECK ((product_id IS NULL) = (name IS NOT NULL AND asset_class IS NOT NULL AND currency IS NOT NULL))
      ) WITHOUT ROWID;
      CREATE INDEX holdings_positions_client ON holdings_positions (client_id, position);

      CREATE TABLE holdings_cash (
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        currency TEXT NOT NULL,
        custodian TEXT NOT NULL CHECK (custodian IN ('domestic', 'sub_brokerage', 'trust', 'bank')),
        amount REAL NOT NULL CHECK (amount > 0),
        PRIMARY KEY (client_id, currency, custodian)
      ) WITHOUT ROWID;
    `);
  },
};
