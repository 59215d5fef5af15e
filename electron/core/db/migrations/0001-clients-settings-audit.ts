import type { Migration } from './migration';

/** The first schema: client dossiers with assets, tags and household links, settings, the audit log. */
export const migration0001: Migration = {
  version: 1,
  name: 'clients, settings and audit log',
  up(db) {
    db.exec(`
        CREATE TABLE clients (
          -- A stable integer key for the search index: VACUUM may renumber an implicit rowid.
          num INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          name TEXT NOT NULL,
          national_id TEXT NOT NULL,
          birth_date TEXT,
          gender TEXT NOT NULL,
          phone TEXT,
          email TEXT,
          address TEXT,
          occupation TEXT,
          employer TEXT,
          annual_income_twd REAL,
          source_of_wealth TEXT,
          acquisition_source TEXT NOT NULL,
          status TEXT NOT NULL,
          advisor TEXT,
          notes TEXT,
          version INTEGER NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE INDEX clients_updated_at ON clients (updated_at);
        CREATE INDEX clients_status_updated_at ON clients (status, updated_at);
        CREATE INDEX clients_name ON clients (name);

        CREATE TABLE client_assets (
          client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
          currency TEXT NOT NULL,
          amount REAL NOT NULL,
          PRIMARY KEY (client_id, currency)
        ) WITHOUT ROWID;

        -- A rowid table: tags come back in the order they were given.
        CREATE TABLE client_tags (
          client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
          tag TEXT NOT NULL,
          PRIMARY KEY (client_id, tag)
        );
        CREATE INDEX client_tags_tag ON client_tags (tag, client_id);

        -- One row per pair, with the relation as the client_id side declared it.
        CREATE TABLE client_household (
          client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
          related_client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
          relation TEXT NOT NULL,
          PRIMARY KEY (client_id, related_client_id),
          CHECK (client_id <> related_client_id)
        ) WITHOUT ROWID;
        CREATE INDEX client_household_related ON client_household (related_client_id);

        CREATE TABLE settings (
          key TEXT PRIMARY KEY,
          value TEXT NOT NULL CHECK (json_valid(value))
        ) WITHOUT ROWID;

        -- Who did what to which record; detail holds field names and counts, never client data.
        CREATE TABLE audit_log (
          id INTEGER PRIMARY KEY,
          at TEXT NOT NULL,
          action TEXT NOT NULL,
          entity TEXT NOT NULL,
          entity_id TEXT,
          detail TEXT
        );
      `);
  },
};
