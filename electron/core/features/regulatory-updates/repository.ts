import type { IssuingBody, RegulatoryUpdateData } from '../../../../shared/features/regulatory-updates';
import { AppError } from '../../../../shared/ipc/result';
import type { Database } from '../../db/open';

/** An entry as stored, without its file's bytes; the service adds the session's read. */
export interface StoredRegulatoryUpdate {
  id: string;
  title: string;
  issuer: IssuingBody;
  reference: string | null;
  issuedOn: string;
  effectiveOn: string | null;
  summary: string | null;
  link: string | null;
  attachment: { fileName: string; bytes: number } | null;
  acknowledgements: { reader: string; at: string }[];
  version: number;
  createdAt: string;
}

type Row = Omit<StoredRegulatoryUpdate, 'attachment' | 'acknowledgements'> & {
  attachmentName: string | null;
  attachmentBytes: number | null;
};

/** The regulatory-update tables. Writes run in the caller's unit of work. */
export class RegulatoryUpdatesRepository {
  constructor(private readonly db: Database) {}

  /** Newest issue first; `unreadBy` keeps the entries that reader has not acknowledged. */
  list(filter: { id?: string; unreadBy?: string }): StoredRegulatoryUpdate[] {
    const rows = this.db
      .prepare(
        `SELECT id, title, issuer, reference, issued_on AS issuedOn, effective_on AS effectiveOn, summary, link,
                attachment_name AS attachmentName, length(attachment) AS attachmentBytes, version, created_at AS createdAt
         FROM regulatory_updates u
         WHERE (@id IS NULL OR id = @id)
           AND (@reader IS NULL OR NOT EXISTS (
             SELECT 1 FROM regulatory_update_reads r WHERE r.update_id = u.id AND r.reader = @reader))
         ORDER BY issued_on DESC, created_at DESC, id`,
      )
      .all({ id: filter.id ?? null, reader: filter.unreadBy ?? null }) as Row[];
    const reads = this.db.prepare(
      'SELECT reader, read_at AS at FROM regulatory_update_reads WHERE update_id = ? ORDER BY read_at, reader',
    );
    return rows.map(({ attachmentName, attachmentBytes, ...row }) => ({
      ...row,
      attachment: attachmentName === null ? null : { fileName: attachmentName, bytes: attachmentBytes ?? 0 },
      acknowledgements: reads.all(row.id) as { reader: string; at: string }[],
    }));
  }

  get(id: string): StoredRegulatoryUpdate {
    const found = this.list({ id })[0];
    if (!found) throw new AppError('NOT_FOUND', 'no such regulatory update');
    return found;
  }

  unreadCount(reader: string): number {
    return (
      this.db
        .prepare(
          `SELECT count(*) AS n FROM regulatory_updates u WHERE NOT EXISTS (
             SELECT 1 FROM regulatory_update_reads r WHERE r.update_id = u.id AND r.reader = ?)`,
        )
        .get(reader) as { n: number }
    ).n;
  }

  insert(id: string, data: RegulatoryUpdateData, at: string): void {
    this.db
      .prepare(
        `INSERT INTO regulatory_updates
           (id, title, issuer, reference, issued_on, effective_on, summary, link, version, created_at, updated_at)
         VALUES (@id, @title, @issuer, @reference, @issuedOn, @effectiveOn, @summary, @link, 1, @at, @at)`,
      )
      .run({ id, ...data, at });
  }

  update(id: string, version: number, data: RegulatoryUpdateData, at: string): void {
    this.changed(
      this.db
        .prepare(
          `UPDATE regulatory_updates SET title = @title, issuer = @issuer, reference = @reference,
             issued_on = @issuedOn, effective_on = @effectiveOn, summary = @summary, link = @link,
             version = version + 1, updated_at = @at
           WHERE id = @id AND version = @version`,
        )
        .run({ id, version, ...data, at }).changes,
      id,
    );
  }

  attach(id: string, version: number, fileName: string, bytes: Buffer, at: string): void {
    this.changed(
      this.db
        .prepare(
          `UPDATE regulatory_updates SET attachment_name = ?, attachment = ?, version = version + 1, updated_at = ?
           WHERE id = ? AND version = ?`,
        )
        .run(fileName, bytes, at, id, version).changes,
      id,
    );
  }

  attachment(id: string): { fileName: string; bytes: Buffer } | null {
    const row = this.db
      .prepare('SELECT attachment_name AS fileName, attachment AS bytes FROM regulatory_updates WHERE id = ?')
      .get(id) as { fileName: string | null; bytes: Buffer | null } | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'no such regulatory update');
    return row.fileName === null || row.bytes === null ? null : { fileName: row.fileName, bytes: row.bytes };
  }

  /** The first acknowledgement is kept: acknowledging again changes nothing. */
  acknowledge(id: string, reader: string, at: string): void {
    this.db
      .prepare('INSERT OR IGNORE INTO regulatory_update_reads (update_id, reader, read_at) VALUES (?, ?, ?)')
      .run(id, reader, at);
  }

  /** No row changed: the entry is gone (NOT_FOUND) or was changed since it was read (CONFLICT). */
  private changed(changes: number, id: string): void {
    if (changes === 1) return;
    this.get(id);
    throw new AppError('CONFLICT', 'the regulatory update was changed meanwhile');
  }
}
