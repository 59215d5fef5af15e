import type { Migration } from './migration';

/**
 * Records of information given (O2.2.1): one row per material given, one per client who received
 * it. Kept when a client's personal data is deleted (a record of advice: docs/retention.md); the
 * recipients cascade from `clients`, so a purge after the retention period takes them too.
 */
export const migration0023: Migration = {
  version: 23,
  name: 'records of information given',
  up(db) {
    db.exec(`
      CREATE TABLE information_records (
        id TEXT PRIMARY KEY,
        material_kind TEXT NOT NULL CHECK (material_kind IN ('deck', 'product_document', 'pdf', 'material')),
        material_ref TEXT,
        material_title TEXT NOT NULL,
        given_on TEXT NOT NULL,
        method TEXT NOT NULL,
        given_by TEXT NOT NULL,
        note TEXT,
        created_at TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX information_records_given ON information_records (given_on);
      CREATE INDEX information_records_material ON information_records (material_kind, material_ref);

      CREATE TABLE information_record_clients (
        record_id TEXT NOT NULL REFERENCES information_records (id) ON DELETE CASCADE,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        PRIMARY KEY (record_id, client_id)
      ) WITHOUT ROWID;
      CREATE INDEX information_record_clients_client ON information_record_clients (client_id);
    `);
  },
};
