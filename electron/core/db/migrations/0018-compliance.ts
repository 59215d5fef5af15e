import type { Migration } from './migration';

/**
 * Compliance logs: complaints, personal-data requests and the reviews of misconduct flags. The
 * logs name a client by internal ID without a foreign key: they are records the firm keeps after
 * the client's personal data is deleted (the client's name is then no longer shown).
 */
export const migration0018: Migration = {
  version: 18,
  name: 'complaints, personal-data requests, flag reviews',
  up(db) {
    db.exec(`
      CREATE TABLE complaints (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL,
        received_on TEXT NOT NULL,
        received_via TEXT NOT NULL,
        subject TEXT NOT NULL,
        product_id TEXT,
        details TEXT,
        state TEXT NOT NULL CHECK (state IN ('open', 'replied', 'closed')),
        reply TEXT,
        replied_on TEXT,
        ombudsman_applies INTEGER NOT NULL CHECK (ombudsman_applies IN (0, 1)),
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((reply IS NULL) = (replied_on IS NULL)),
        CHECK (state = 'open' OR reply IS NOT NULL)
      ) WITHOUT ROWID;
      CREATE INDEX complaints_received ON complaints (received_on);
      CREATE INDEX complaints_client ON complaints (client_id);

      CREATE TABLE data_requests (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('see', 'copy', 'correct', 'stop', 'delete')),
        received_on TEXT NOT NULL,
        identity_checked_by TEXT NOT NULL,
        identity_method TEXT NOT NULL,
        details TEXT,
        due_on TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('open', 'done', 'refused')),
        outcome TEXT,
        closed_on TEXT,
        retained_until TEXT,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((state = 'open') = (closed_on IS NULL))
      ) WITHOUT ROWID;
      CREATE INDEX data_requests_received ON data_requests (received_on);
      CREATE INDEX data_requests_client ON data_requests (client_id);

      CREATE TABLE compliance_flag_reviews (
        key TEXT PRIMARY KEY,
        reviewer TEXT NOT NULL,
        note TEXT NOT NULL,
        reviewed_at TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
