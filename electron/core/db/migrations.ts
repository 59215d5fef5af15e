import { AppError } from '../../../shared/ipc/result';
import { ClientSearchIndex } from '../features/clients';
import type { Database } from './open';
// TEMPORARY (branch fields): the integrator lists migrations/0004 in the new migrations index.
import assetOrder from './migrations/0004-asset-order';

/**
 * Schema migrations: numbered, in order, each in one transaction together with the bump of
 * `user_version`, so a crash leaves the database at one version or the next, never between.
 * Never edit a released step; add a new one.
 */
interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

const MIGRATIONS: readonly Migration[] = [
  {
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
  },
  {
    version: 2,
    name: 'search index over name, national ID and phone',
    up(db) {
      db.exec(`
        -- Contentless: the index holds no second copy of the text, only what search needs.
        CREATE VIRTUAL TABLE client_search USING fts5 (
          name, national_id, phone_digits,
          tokenize = 'trigram', content = '', contentless_delete = 1
        );
        -- Names with a space between characters: each character a token, for 1-2 character search.
        CREATE VIRTUAL TABLE client_name_chars USING fts5 (
          name, tokenize = 'unicode61', content = '', contentless_delete = 1
        );
      `);
      const index = new ClientSearchIndex(db);
      const rows = db
        .prepare<[], { num: number; name: string; national_id: string; phone: string | null }>(
          'SELECT num, name, national_id, phone FROM clients',
        )
        .all();
      for (const row of rows)
        index.add(row.num, { name: row.name, nationalId: row.national_id, phone: row.phone });
    },
  },
  {
    version: 3,
    name: 'one dossier per national ID',
    up(db) {
      const shared = db
        .prepare<[], number>(
          'SELECT count(*) FROM (SELECT national_id FROM clients GROUP BY national_id HAVING count(*) > 1)',
        )
        .pluck()
        .get();
      if (shared) {
        throw new AppError(
          'DB_UPGRADE_BLOCKED',
          `${shared} national IDs belong to more than one client; merge those dossiers before upgrading`,
        );
      }
      // A second record for the same person is an audit finding, so the store refuses it. Early
      // builds of step 1 had a plain index of this name; it is replaced.
      db.exec(`
        DROP INDEX IF EXISTS clients_national_id;
        CREATE UNIQUE INDEX clients_national_id ON clients (national_id);
      `);
    },
  },
  assetOrder,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to SCHEMA_VERSION (or `to`, for tests of one step). Refuses a database
 * written by a newer AdvisorDesk rather than guess at a schema it does not know.
 */
export function migrate(db: Database, options: { to?: number } = {}): { from: number; to: number } {
  const from = schemaVersion(db);
  if (from > SCHEMA_VERSION) {
    throw new AppError(
      'DB_TOO_NEW',
      `the database was written by a newer AdvisorDesk (schema ${from}, this version knows ${SCHEMA_VERSION}); update the app`,
      { schemaVersion: from, supportedVersion: SCHEMA_VERSION },
    );
  }
  const target = Math.min(options.to ?? SCHEMA_VERSION, SCHEMA_VERSION);
  for (const migration of MIGRATIONS) {
    if (migration.version <= from || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return { from, to: Math.max(from, target) };
}
