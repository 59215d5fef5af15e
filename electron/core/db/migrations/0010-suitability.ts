import type { Migration } from './migration';

/**
 * Suitability checks and their overrides. A check keeps the items it was run on and its findings,
 * so an override names a finding the advisor actually saw; an override is never deleted, only
 * approved or rejected (the client's removal takes both with it).
 */
export const migration0010: Migration = {
  version: 10,
  name: 'suitability checks and overrides',
  up(db) {
    db.exec(`
      CREATE TABLE suitability_checks (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        checked_at TEXT NOT NULL,
        checked_on TEXT NOT NULL,
        -- The KYC assessment the check used: an override holds only while it is the latest.
        assessment_id TEXT,
        items TEXT NOT NULL CHECK (json_valid(items)),
        result TEXT NOT NULL CHECK (json_valid(result))
      ) WITHOUT ROWID;
      CREATE INDEX suitability_checks_client ON suitability_checks (client_id, checked_at);

      CREATE TABLE suitability_overrides (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        check_id TEXT NOT NULL REFERENCES suitability_checks (id) ON DELETE CASCADE,
        assessment_id TEXT,
        code TEXT NOT NULL,
        product_id TEXT,
        product_code TEXT,
        subject TEXT,
        message TEXT NOT NULL CHECK (json_valid(message)),
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
        requested_at TEXT NOT NULL,
        requested_by TEXT,
        supervisor_name TEXT,
        approved_on TEXT,
        reference TEXT,
        decided_at TEXT,
        rejection_reason TEXT,
        CHECK (status <> 'approved' OR (supervisor_name IS NOT NULL AND approved_on IS NOT NULL AND reference IS NOT NULL))
      ) WITHOUT ROWID;
      CREATE INDEX suitability_overrides_status ON suitability_overrides (status, requested_at);
      CREATE INDEX suitability_overrides_client ON suitability_overrides (client_id, status);
    `);
  },
};
