import type { Database } from '../../db/open';
import { ClientSearchIndex } from './search';

/** What AML record keeping needs to tie the kept records to a person, held until the period ends. */
export interface RetainedIdentity {
  name: string;
  /** Null for a prospect deleted before giving one. */
  nationalId: string | null;
  birthDate: string | null;
}

export interface Tombstone {
  clientId: string;
  deletedAt: string;
  relationshipEndedOn: string;
  retainUntil: string;
  purgedAt: string | null;
}

/**
 * A deleted client's `clients` row and `client_tombstones` entry (docs/retention.md). The row stays,
 * emptied of personal data, so the records kept under the retention rules and the audit trail still
 * point at it; its search entries, assets, tags and household links go.
 */
export class ClientTombstones {
  private readonly search: ClientSearchIndex;

  constructor(private readonly db: Database) {
    this.search = new ClientSearchIndex(db);
  }

  get(clientId: string): Tombstone | null {
    const row = this.db
      .prepare<[string], Tombstone>(
        `SELECT client_id AS clientId, deleted_at AS deletedAt, relationship_ended_on AS relationshipEndedOn,
           retain_until AS retainUntil, purged_at AS purgedAt FROM client_tombstones WHERE client_id = ?`,
      )
      .get(clientId);
    return row ?? null;
  }

  /** What is kept to tie the retained records to the person; null once purged (or never deleted). */
  retained(clientId: string): RetainedIdentity | null {
    const json = this.db
      .prepare<[string], string | null>('SELECT retained FROM client_tombstones WHERE client_id = ?')
      .pluck()
      .get(clientId);
    return typeof json === 'string' ? (JSON.parse(json) as RetainedIdentity) : null;
  }

  /** Empties the client's row of personal data and records the tombstone with what is retained. */
  bury(
    clientId: string,
    tombstone: Omit<Tombstone, 'clientId' | 'purgedAt'> & { reason: string; retained: RetainedIdentity },
  ): void {
    const num = this.db
      .prepare<[string], number>('SELECT num FROM clients WHERE id = ?')
      .pluck()
      .get(clientId)!;
    this.search.erase(num);
    const related = this.db
      .prepare<[string, string], string>(
        `SELECT related_client_id FROM client_household WHERE client_id = ?
         UNION SELECT client_id FROM client_household WHERE related_client_id = ?`,
      )
      .pluck()
      .all(clientId, clientId);
    this.db
      .prepare('DELETE FROM client_household WHERE client_id = ? OR related_client_id = ?')
      .run(clientId, clientId);
    // A relative's household changed: their version moves, as with any other change to it.
    const touch = this.db.prepare('UPDATE clients SET version = version + 1, updated_at = ? WHERE id = ?');
    for (const id of related) touch.run(tombstone.deletedAt, id);
    this.db.prepare('DELETE FROM client_assets WHERE client_id = ?').run(clientId);
    this.db.prepare('DELETE FROM client_tags WHERE client_id = ?').run(clientId);
    // The national ID column is unique and required: the tombstone holds the client's own key.
    this.db
      .prepare(
        `UPDATE clients SET name = '', national_id = '-' || id, birth_date = NULL, gender = 'X', phone = NULL,
           email = NULL, address = NULL, occupation = NULL, employer = NULL, annual_income_twd = NULL,
           source_of_wealth = NULL, advisor = NULL, notes = NULL, status = 'closed',
           version = version + 1, updated_at = @at, deleted_at = @at
         WHERE id = @id`,
      )
      .run({ id: clientId, at: tombstone.deletedAt });
    this.db
      .prepare(
        `INSERT INTO client_tombstones (client_id, deleted_at, reason, relationship_ended_on, retain_until, retained)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(
        clientId,
        tombstone.deletedAt,
        tombstone.reason,
        tombstone.relationshipEndedOn,
        tombstone.retainUntil,
        JSON.stringify(tombstone.retained),
      );
  }

  /**
   * After the retention period: the kept records go with the row (every table keyed to the client
   * cascades, and the kept-records triggers allow it once the client row is gone), then the bare
   * tombstone row is put back under the same keys, and the retained identification is dropped.
   */
  purge(clientId: string, at: string): void {
    const row = this.db
      .prepare<[string], Record<string, unknown>>('SELECT * FROM clients WHERE id = ?')
      .get(clientId)!;
    const columns = Object.keys(row);
    this.db.prepare('DELETE FROM clients WHERE id = ?').run(clientId);
    this.db
      .prepare(
        `INSERT INTO clients (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
      )
      .run({ ...row, version: (row.version as number) + 1, updated_at: at });
    this.db
      .prepare('UPDATE client_tombstones SET retained = NULL, purged_at = ? WHERE client_id = ?')
      .run(at, clientId);
  }
}
