import type { Migration } from './migration';

/**
 * Investor classes: applications (class, basis, written application date, stated amounts), the
 * evidence checked for them, and their activation and reversion. Records are only ever added:
 * triggers refuse any change, and any removal except the one that follows the client's own
 * (demo clients are purged).
 */
export const migration0009: Migration = {
  version: 9,
  name: 'investor classes',
  up(db) {
    db.exec(`
      CREATE TABLE investor_class_applications (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        investor_class TEXT NOT NULL
          CHECK (investor_class IN ('professional_natural', 'professional_entity', 'high_asset')),
        basis TEXT NOT NULL,
        applied_on TEXT NOT NULL,
        amounts TEXT NOT NULL CHECK (json_valid(amounts)),
        recorded_at TEXT NOT NULL
      );
      CREATE INDEX investor_class_applications_client ON investor_class_applications (client_id);

      CREATE TABLE investor_class_evidence (
        id TEXT PRIMARY KEY,
        application_id TEXT NOT NULL REFERENCES investor_class_applications (id) ON DELETE CASCADE,
        document_type TEXT NOT NULL,
        document_date TEXT NOT NULL,
        checked_by TEXT NOT NULL,
        checked_on TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      );
      CREATE INDEX investor_class_evidence_application ON investor_class_evidence (application_id);

      CREATE TABLE investor_class_activations (
        application_id TEXT PRIMARY KEY REFERENCES investor_class_applications (id) ON DELETE CASCADE,
        effective_on TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE investor_class_reversions (
        application_id TEXT PRIMARY KEY
          REFERENCES investor_class_activations (application_id) ON DELETE CASCADE,
        reverted_on TEXT NOT NULL,
        reason TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
    for (const table of [
      'investor_class_applications',
      'investor_class_evidence',
      'investor_class_activations',
      'investor_class_reversions',
    ]) {
      db.exec(`
        CREATE TRIGGER ${table}_kept BEFORE UPDATE ON ${table}
        BEGIN SELECT RAISE(ABORT, 'investor class records are kept unchanged'); END;
      `);
    }
    // A row may go only with its parent, so only with its client (a purged demo client): the
    // cascade runs once the parent row is gone.
    for (const [table, key, parent, parentKey] of [
      ['investor_class_applications', 'client_id', 'clients', 'id'],
      ['investor_class_evidence', 'application_id', 'investor_class_applications', 'id'],
      ['investor_class_activations', 'application_id', 'investor_class_applications', 'id'],
      ['investor_class_reversions', 'application_id', 'investor_class_activations', 'application_id'],
    ] as const) {
      db.exec(`
        CREATE TRIGGER ${table}_kept_delete BEFORE DELETE ON ${table}
        WHEN EXISTS (SELECT 1 FROM ${parent} WHERE ${parentKey} = OLD.${key})
        BEGIN SELECT RAISE(ABORT, 'investor class records are kept'); END;
      `);
    }
  },
};
