import {
  type AssetHolding,
  type Client,
  type ClientData,
  type ClientListQueryData,
  type ClientSummary,
  type ClientUpdateData,
  type HouseholdLink,
  type HouseholdRelation,
} from '../../../../shared/features/clients/schema';
import {
  CLIENT_FIELDS,
  type ClientColumnKey,
  type ClientColumnName,
} from '../../../../shared/features/clients/fields';
import { AppError } from '../../../../shared/ipc/result';
import type { FxRates } from '../../../../shared/features/settings';
import { ClientSearchIndex } from './search';
import type { ClientFacetMatch } from './facets';
import { ClientListQueries } from './list-query';
import { ClientBulkUpdate } from './bulk-update';
import { atomically } from '../../kernel/unit-of-work';
import type { Database, Statement } from '../../db/open';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

/** A client as the core sees it: the full national ID (null: none, a prospect's), which screens get only masked. */
export type ClientRecord = Omit<Client, 'nationalIdMasked'> & { nationalId: string | null };

/**
 * A `clients` row: the registry's columns, each holding its field's value, and the keys. The
 * national ID column is NOT NULL: '' stands for none (migration 30's index leaves it out).
 */
type ClientRow = {
  num: number;
  id: string;
  version: number;
  is_demo: 0 | 1;
  deleted_at: string | null;
  archived_at: string | null;
} & {
  [K in ClientColumnKey as ClientColumnName<K>]: K extends 'nationalId' ? string : ClientRecord[K];
};

type ClientFields = Omit<
  ClientRow,
  'num' | 'version' | 'created_at' | 'is_demo' | 'deleted_at' | 'archived_at'
>;

type ColumnField = (typeof CLIENT_FIELDS)[number] & { key: ClientColumnKey; column: string };
const COLUMN_FIELDS = CLIENT_FIELDS.filter((f): f is ColumnField => f.column !== null);
/** The fields a user edits, with their columns: what every insert and update writes. */
const DATA_FIELDS = COLUMN_FIELDS.filter((f) => !f.system);

const FIELD_COLUMNS = ['id', ...DATA_FIELDS.map((f) => f.column), 'updated_at'];

interface HouseholdRow {
  owner_id: string;
  other_id: string;
  other_name: string;
  relation: HouseholdRelation;
  reversed: 0 | 1;
}

/** How the other side of a pair sees a relation declared by this side. */
const INVERSE_RELATION: Readonly<Record<HouseholdRelation, HouseholdRelation>> = {
  spouse: 'spouse',
  parent: 'child',
  child: 'parent',
  sibling: 'sibling',
  other: 'other',
};

const CLIENT_COLUMNS = [
  'num',
  'id',
  ...COLUMN_FIELDS.map((f) => f.column),
  'version',
  'is_demo',
  'deleted_at',
  'archived_at',
].join(', ');

/** Both directions of every pair: links this client declared, and links others declared to it. */
function householdSql(oneClient: boolean): string {
  const own = oneClient ? 'WHERE h.client_id = ?' : '';
  const theirs = oneClient ? 'WHERE h.related_client_id = ?' : '';
  return `
    SELECT h.client_id AS owner_id, h.related_client_id AS other_id, o.name AS other_name, h.relation, 0 AS reversed
      FROM client_household h JOIN clients o ON o.id = h.related_client_id ${own}
    UNION ALL
    SELECT h.related_client_id, h.client_id, o.name, h.relation, 1
      FROM client_household h JOIN clients o ON o.id = h.client_id ${theirs}`;
}

/**
 * Clients with their assets, tags and household links. Every write runs in one transaction that
 * also keeps the search index in step. Errors name no client data.
 */
export class ClientsRepository {
  private readonly search: ClientSearchIndex;
  /** The list's reads (list-query.ts) and bulk changes (bulk-update.ts), over the same database. */
  readonly lists: ClientListQueries;
  readonly bulk: ClientBulkUpdate;
  private readonly s: {
    insertClient: Statement<unknown[]>;
    updateClient: Statement<[ClientFields]>;
    byId: Statement<[string], ClientRow>;
    exists: Statement<[string], number>;
    ownerOfNationalId: Statement<[string], string>;
    touch: Statement<[string, string]>;
    count: Statement<[], number>;
    allClients: Statement<[], ClientRow>;
    insertAsset: Statement<[string, string, number, number]>;
    deleteAssets: Statement<[string]>;
    assetsOf: Statement<[string], { client_id: string; currency: AssetHolding['currency']; amount: number }>;
    allAssets: Statement<[], { client_id: string; currency: AssetHolding['currency']; amount: number }>;
    insertTag: Statement<[string, string]>;
    deleteTags: Statement<[string]>;
    tagsOf: Statement<[string], { client_id: string; tag: string }>;
    allTags: Statement<[], { client_id: string; tag: string }>;
    insertLink: Statement<[string, string, string]>;
    deletePair: Statement<[string, string]>;
    deleteLinksOf: Statement<[string, string]>;
    householdOf: Statement<[string, string], HouseholdRow>;
    allHousehold: Statement<[], HouseholdRow>;
  };

  constructor(private readonly db: Database) {
    this.search = new ClientSearchIndex(db);
    this.lists = new ClientListQueries(db);
    this.bulk = new ClientBulkUpdate(db);
    this.s = {
      insertClient: db.prepare(
        `INSERT INTO clients (${FIELD_COLUMNS.join(', ')}, version, created_at)
         VALUES (${FIELD_COLUMNS.map(() => '?').join(', ')}, ?, ?)`,
      ),
      updateClient: db.prepare(`
        UPDATE clients SET ${DATA_FIELDS.map((f) => `${f.column} = @${f.column}`).join(', ')},
          version = version + 1, updated_at = @updated_at
        WHERE id = @id`),
      byId: db.prepare(`SELECT ${CLIENT_COLUMNS} FROM clients WHERE id = ?`),
      exists: db.prepare<[string], number>('SELECT 1 FROM clients WHERE id = ?').pluck(),
      ownerOfNationalId: db.prepare<[string], string>('SELECT id FROM clients WHERE national_id = ?').pluck(),
      touch: db.prepare('UPDATE clients SET version = version + 1, updated_at = ? WHERE id = ?'),
      count: db.prepare<[], number>('SELECT count(*) FROM clients').pluck(),
      // Tombstones hold no client data to export.
      allClients: db.prepare(`SELECT ${CLIENT_COLUMNS} FROM clients WHERE deleted_at IS NULL ORDER BY num`),
      insertAsset: db.prepare(
        'INSERT INTO client_assets (client_id, currency, amount, position) VALUES (?, ?, ?, ?)',
      ),
      deleteAssets: db.prepare('DELETE FROM client_assets WHERE client_id = ?'),
      // In the order the user entered them.
      assetsOf: db.prepare(
        'SELECT client_id, currency, amount FROM client_assets WHERE client_id = ? ORDER BY position',
      ),
      allAssets: db.prepare(
        'SELECT client_id, currency, amount FROM client_assets ORDER BY client_id, position',
      ),
      insertTag: db.prepare('INSERT OR IGNORE INTO client_tags (client_id, tag) VALUES (?, ?)'),
      deleteTags: db.prepare('DELETE FROM client_tags WHERE client_id = ?'),
      tagsOf: db.prepare('SELECT client_id, tag FROM client_tags WHERE client_id = ? ORDER BY rowid'),
      allTags: db.prepare('SELECT client_id, tag FROM client_tags ORDER BY rowid'),
      insertLink: db.prepare(
        'INSERT OR REPLACE INTO client_household (client_id, related_client_id, relation) VALUES (?, ?, ?)',
      ),
      deletePair: db.prepare('DELETE FROM client_household WHERE client_id = ? AND related_client_id = ?'),
      deleteLinksOf: db.prepare('DELETE FROM client_household WHERE client_id = ? OR related_client_id = ?'),
      householdOf: db.prepare(householdSql(true)),
      allHousehold: db.prepare(householdSql(false)),
    };
  }

  insert(id: string, data: ClientData, now: string): void {
    atomically(this.db, () => {
      this.checkHousehold(id, data.household);
      this.insertOne(id, data, now);
      this.touchChangedRelatives(new Map(), data.household, now);
    });
  }

  /** Many clients in one transaction (import, demo data): all or none. */
  insertMany(rows: readonly { id: string; data: ClientData }[], now: string): void {
    atomically(this.db, () => {
      for (const row of rows) this.insert(row.id, row.data, now);
    });
  }

  /** Changes a client if nobody changed it since `expectedVersion`; keeps the ID when not given. */
  update(id: string, expectedVersion: number, data: ClientUpdateData, now: string): void {
    atomically(this.db, () => {
      const current = this.s.byId.get(id);
      if (!current) throw new AppError('NOT_FOUND', 'client not found');
      if (current.deleted_at !== null) throw new AppError('NOT_FOUND', 'the client was deleted');
      if (current.version !== expectedVersion) {
        throw new AppError('CONFLICT', 'the client was changed after it was loaded; reload and try again', {
          currentVersion: current.version,
        });
      }
      this.checkHousehold(id, data.household);
      const nationalId = data.nationalId === undefined ? current.national_id || null : data.nationalId;
      const fields = toFields(id, { ...data, nationalId }, now);
      translateUniqueViolation(() => this.s.updateClient.run(fields));
      const before = new Map(this.household(id).map((link) => [link.clientId, link.relation]));
      this.s.deleteAssets.run(id);
      this.s.deleteTags.run(id);
      this.s.deleteLinksOf.run(id, id);
      this.writeChildren(id, data);
      this.touchChangedRelatives(before, data.household, now);
      this.search.remove(current.num);
      this.search.add(current.num, {
        name: fields.name,
        nationalId: fields.national_id,
        phone: fields.phone,
      });
    });
  }

  get(id: string): ClientRecord | null {
    const row = this.s.byId.get(id);
    if (!row) return null;
    return toRecord(
      row,
      this.s.assetsOf.all(id),
      this.s.tagsOf.all(id).map((t) => t.tag),
      this.s.householdOf.all(id, id),
    );
  }

  /** Every client, for export. */
  all(): ClientRecord[] {
    const assets = groupBy(this.s.allAssets.all(), (a) => a.client_id);
    const tags = groupBy(this.s.allTags.all(), (t) => t.client_id);
    const household = groupBy(this.s.allHousehold.all(), (h) => h.owner_id);
    return this.s.allClients.all().map((row) =>
      toRecord(
        row,
        assets.get(row.id) ?? [],
        (tags.get(row.id) ?? []).map((t) => t.tag),
        household.get(row.id) ?? [],
      ),
    );
  }

  count(): number {
    return this.s.count.get() ?? 0;
  }

  /** Names by ID for display (the audit screen); IDs of clients no longer on file are left out. */
  namesOf(ids: readonly string[]): Map<string, string> {
    const rows = this.db
      .prepare<[string], { id: string; name: string }>(
        'SELECT id, name FROM clients WHERE id IN (SELECT value FROM json_each(?))',
      )
      .all(JSON.stringify([...new Set(ids)]));
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** Which of these IDs name a client on file and not deleted. */
  liveIds(ids: readonly string[]): Set<string> {
    const rows = this.db
      .prepare<[string], string>(
        'SELECT id FROM clients WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))',
      )
      .pluck()
      .all(JSON.stringify(ids));
    return new Set(rows);
  }

  /**
   * Live clients (not deleted, archived or closed) whose birth date falls on one of these month-days
   * ('MM-DD'), for the 今日 page. A scan of the birth dates: one column of one row per client.
   */
  birthdaysOn(monthDays: readonly string[]): { id: string; name: string; birthDate: string }[] {
    return this.db
      .prepare<[string], { id: string; name: string; birthDate: string }>(
        `SELECT id, name, birth_date AS birthDate FROM clients
         WHERE deleted_at IS NULL AND archived_at IS NULL AND status <> 'closed' AND birth_date IS NOT NULL
           AND substr(birth_date, 6) IN (SELECT value FROM json_each(?))
         ORDER BY substr(birth_date, 6), name, id`,
      )
      .all(JSON.stringify(monthDays));
  }

  /** The archived clients' IDs: few, so screens of the working book leave them out by this list. */
  archivedIds(): string[] {
    return this.db.prepare<[], string>('SELECT id FROM clients WHERE archived_at IS NOT NULL').pluck().all();
  }

  /**
   * Removes clients with their assets, tags and search entries (demo data). Real clients linked to
   * a removed one lose the link and move a version, like any other change to their household.
   */
  removeMany(ids: readonly string[], now: string): number {
    return atomically(this.db, () => {
      const gone = new Set(ids);
      let removed = 0;
      for (const id of gone) {
        const row = this.s.byId.get(id);
        if (!row) continue;
        for (const link of this.household(id))
          if (!gone.has(link.clientId)) this.s.touch.run(now, link.clientId);
        this.search.remove(row.num);
        this.db.prepare('DELETE FROM clients WHERE id = ?').run(id);
        removed += 1;
      }
      return removed;
    });
  }

  /** One page of the client list (list-query.ts), filtered by facets already matched. */
  list(
    query: ClientListQueryData,
    rates: FxRates,
    facets: readonly ClientFacetMatch[] = [],
  ): { total: number; items: ClientSummary[] } {
    return this.lists.list(query, facets, rates);
  }

  /** The id of the client with this national ID, if any: one person, one dossier. */
  ownerOfNationalId(nationalId: string): string | null {
    return this.s.ownerOfNationalId.get(nationalId) ?? null;
  }

  private insertOne(id: string, data: ClientData, now: string): void {
    const fields = toFields(id, data, now);
    // Positional values: bulk imports bind faster than with named parameters.
    const values = FIELD_COLUMNS.map((column) => fields[column as keyof ClientFields]);
    const num = Number(
      translateUniqueViolation(() => this.s.insertClient.run(...values, 1, now)).lastInsertRowid,
    );
    this.writeChildren(id, data);
    this.search.add(num, { name: fields.name, nationalId: fields.national_id, phone: fields.phone });
  }

  private writeChildren(id: string, data: ClientUpdateData): void {
    data.investableAssets.forEach((holding, position) =>
      this.s.insertAsset.run(id, holding.currency, holding.amount, position),
    );
    for (const tag of data.tags) this.s.insertTag.run(id, tag);
    for (const link of data.household) {
      // One row per pair: this side's declaration replaces the other side's.
      this.s.deletePair.run(link.clientId, id);
      this.s.insertLink.run(id, link.clientId, link.relation);
    }
  }

  /** This client's links as it sees them (relations of reverse links inverted). */
  private household(id: string): ClientRecord['household'] {
    return toRecordHousehold(this.s.householdOf.all(id, id));
  }

  /**
   * A link belongs to both clients: when one side's save adds, drops or changes it, the other side's
   * version moves too, so a form of the other client loaded before this save gets CONFLICT instead
   * of silently writing the old links back.
   */
  private touchChangedRelatives(
    before: ReadonlyMap<string, HouseholdRelation>,
    after: readonly HouseholdLink[],
    now: string,
  ): void {
    const afterMap = new Map(after.map((link) => [link.clientId, link.relation]));
    for (const other of new Set([...before.keys(), ...afterMap.keys()])) {
      if (before.get(other) !== afterMap.get(other)) this.s.touch.run(now, other);
    }
  }

  private checkHousehold(id: string, links: readonly HouseholdLink[]): void {
    for (const link of links) {
      if (link.clientId === id) throw new AppError('VALIDATION', 'a client cannot be linked to itself');
      if (!this.s.exists.get(link.clientId)) {
        throw new AppError('NOT_FOUND', 'a household link names a client that does not exist');
      }
    }
  }
}

function toFields(id: string, data: ClientData, now: string): ClientFields {
  const values = DATA_FIELDS.map((f) => [f.column, data[f.key as keyof ClientData]]);
  return {
    id,
    ...Object.fromEntries(values),
    national_id: data.nationalId ?? '',
    updated_at: now,
  } as ClientFields;
}

function toRecord(
  row: ClientRow,
  assets: readonly { currency: AssetHolding['currency']; amount: number }[],
  tags: string[],
  household: readonly HouseholdRow[],
): ClientRecord {
  const values = COLUMN_FIELDS.map((f) => [f.key, row[f.column as keyof ClientRow]]);
  return {
    ...(Object.fromEntries(values) as Pick<ClientRecord, ClientColumnKey>),
    nationalId: row.national_id === '' ? null : row.national_id,
    id: row.id,
    investableAssets: assets.map((a) => ({ currency: a.currency, amount: a.amount })),
    tags,
    household: toRecordHousehold(household),
    isDemo: row.is_demo === 1,
    version: row.version,
    ...(row.deleted_at === null ? {} : { deletedAt: row.deleted_at }),
    ...(row.archived_at === null ? {} : { archivedAt: row.archived_at }),
  };
}

/** Links as the reading client sees them: a relation the other side declared is inverted. */
function toRecordHousehold(rows: readonly HouseholdRow[]): ClientRecord['household'] {
  return rows.map((h) => ({
    clientId: h.other_id,
    name: h.other_name,
    relation: h.reversed ? INVERSE_RELATION[h.relation] : h.relation,
  }));
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** A UNIQUE violation as the error a user can act on: the national ID is taken, or the id is. */
function translateUniqueViolation<T>(write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (!(error instanceof BetterSqlite3.SqliteError) || error.code !== 'SQLITE_CONSTRAINT_UNIQUE')
      throw error;
    if (error.message.includes('clients.national_id')) {
      throw new AppError('VALIDATION', 'another client already has this national ID', {
        issues: [{ path: ['data', 'nationalId'], message: 'validation.nationalId.taken' }],
      });
    }
    throw new AppError('CONFLICT', 'a client with this id already exists');
  }
}
