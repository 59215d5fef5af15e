import type {
  GivenMethod,
  InformationGivenData,
  InformationListFilter,
  MaterialKind,
} from '../../../../shared/features/information-records';
import type { Database } from '../../db/open';

/** A record as stored; the service adds the recipients' names. */
export interface StoredInformationRecord {
  id: string;
  material: { kind: MaterialKind; refId: string | null; title: string };
  clientIds: string[];
  givenOn: string;
  method: GivenMethod;
  givenBy: string;
  note: string | null;
  createdAt: string;
}

interface RecordRow {
  id: string;
  kind: MaterialKind;
  refId: string | null;
  title: string;
  givenOn: string;
  method: GivenMethod;
  givenBy: string;
  note: string | null;
  createdAt: string;
}

/** The records-of-information-given tables. Writes run in the caller's unit of work. */
export class InformationRecordsRepository {
  constructor(private readonly db: Database) {}

  /** Merging a duplicate dossier: its recipients become the client kept (once per record). */
  mergeClient(fromId: string, intoId: string): number {
    const moved = this.db
      .prepare('UPDATE OR IGNORE information_record_clients SET client_id = ? WHERE client_id = ?')
      .run(intoId, fromId).changes;
    // A record given to both dossiers names the client kept once already.
    const both = this.db
      .prepare('DELETE FROM information_record_clients WHERE client_id = ?')
      .run(fromId).changes;
    return moved + both;
  }

  insert(id: string, data: InformationGivenData, givenBy: string, createdAt: string): void {
    this.db
      .prepare(
        `INSERT INTO information_records
           (id, material_kind, material_ref, material_title, given_on, method, given_by, note, created_at)
         VALUES (@id, @kind, @refId, @title, @givenOn, @method, @givenBy, @note, @createdAt)`,
      )
      .run({
        id,
        ...data.material,
        givenOn: data.givenOn,
        method: data.method,
        givenBy,
        note: data.note,
        createdAt,
      });
    const recipient = this.db.prepare(
      'INSERT INTO information_record_clients (record_id, client_id) VALUES (?, ?)',
    );
    for (const clientId of data.clientIds) recipient.run(id, clientId);
  }

  /** Newest first; a client filter keeps the records they received (with all their recipients). */
  list(filter: InformationListFilter & { id?: string }): StoredInformationRecord[] {
    const rows = this.db
      .prepare(
        `SELECT id, material_kind AS kind, material_ref AS refId, material_title AS title, given_on AS givenOn,
                method, given_by AS givenBy, note, created_at AS createdAt
         FROM information_records r
         WHERE (@id IS NULL OR id = @id)
           AND (@kind IS NULL OR material_kind = @kind)
           AND (@refId IS NULL OR material_ref = @refId)
           AND (@from IS NULL OR given_on >= @from)
           AND (@to IS NULL OR given_on <= @to)
           AND (@clientId IS NULL OR EXISTS (
             SELECT 1 FROM information_record_clients c WHERE c.record_id = r.id AND c.client_id = @clientId))
         ORDER BY given_on DESC, created_at DESC, id`,
      )
      .all({
        id: filter.id ?? null,
        kind: filter.materialKind ?? null,
        refId: filter.refId ?? null,
        from: filter.from ?? null,
        to: filter.to ?? null,
        clientId: filter.clientId ?? null,
      }) as RecordRow[];
    const recipients = this.db.prepare(
      'SELECT client_id AS clientId FROM information_record_clients WHERE record_id = ? ORDER BY client_id',
    );
    return rows.map(({ kind, refId, title, ...row }) => ({
      ...row,
      material: { kind, refId, title },
      clientIds: (recipients.all(row.id) as { clientId: string }[]).map((r) => r.clientId),
    }));
  }
}
