import type { Migration } from './migration';

/**
 * Client deletion (docs/retention.md). A deleted client keeps its `clients` row as a tombstone
 * with no personal data (`deleted_at` set), so the records the retention rules keep (KYC
 * assessments, suitability checks, presented proposals, investor-class evidence) and the audit
 * trail still point at it. `client_tombstones` holds the deletion's reason, when the relationship
 * ended, until when the records are kept, and the identification AML record keeping needs
 * (name, national ID, birth date) until then; a purge after that date empties `retained`.
 */
export const migration0016: Migration = {
  version: 16,
  name: 'client deletion',
  up(db) {
    db.exec(`
      ALTER TABLE clients ADD COLUMN deleted_at TEXT;
      CREATE TABLE client_tombstones (
        -- No foreign key: a purge takes the client row out and puts the bare tombstone back.
        client_id TEXT PRIMARY KEY,
        deleted_at TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        relationship_ended_on TEXT NOT NULL,
        retain_until TEXT,
        retained TEXT CHECK (retained IS NULL OR json_valid(retained)),
        purged_at TEXT
      ) WITHOUT ROWID;
    `);
  },
};
