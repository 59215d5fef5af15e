import type {
  ComplaintData,
  ComplaintReceivedVia,
  ComplaintState,
  DataRequestData,
  DataRequestKind,
  DataRequestState,
  IdentityMethod,
} from '../../../../shared/features/compliance';
import { AppError } from '../../../../shared/ipc/result';
import type { Database } from '../../db/open';
import { moveClientRows } from '../../kernel/client-merger';

/** A complaint as stored; the service adds names and deadlines. */
export interface ComplaintRecord {
  id: string;
  clientId: string;
  receivedOn: string;
  receivedVia: ComplaintReceivedVia;
  subject: string;
  productId: string | null;
  details: string | null;
  state: ComplaintState;
  reply: string | null;
  repliedOn: string | null;
  ombudsmanApplies: boolean;
  version: number;
  createdAt: string;
}

export interface DataRequestRecord {
  id: string;
  clientId: string;
  kind: DataRequestKind;
  receivedOn: string;
  identityCheckedBy: string;
  identityMethod: IdentityMethod;
  details: string | null;
  dueOn: string;
  extendedOn: string | null;
  extensionReason: string | null;
  dueBeforeExtension: string | null;
  state: DataRequestState;
  outcome: string | null;
  closedOn: string | null;
  retainedUntil: string | null;
  version: number;
  createdAt: string;
}

export interface FlagReview {
  reviewer: string;
  note: string;
  reviewedAt: string;
}

const COMPLAINT_COLUMNS = `id, client_id AS clientId, received_on AS receivedOn, received_via AS receivedVia,
  subject, product_id AS productId, details, state, reply, replied_on AS repliedOn,
  ombudsman_applies AS ombudsmanApplies, version, created_at AS createdAt`;

const REQUEST_COLUMNS = `id, client_id AS clientId, kind, received_on AS receivedOn,
  identity_checked_by AS identityCheckedBy, identity_method AS identityMethod, details, due_on AS dueOn,
  extended_on AS extendedOn, extension_reason AS extensionReason,
  due_before_extension AS dueBeforeExtension, state, outcome, closed_on AS closedOn, retained_until AS retainedUntil, version, created_at AS createdAt`;

type ComplaintRow = Omit<ComplaintRecord, 'ombudsmanApplies'> & { ombudsmanApplies: 0 | 1 };

function toComplaint(row: ComplaintRow): ComplaintRecord {
  return { ...row, ombudsmanApplies: row.ombudsmanApplies === 1 };
}

/** The compliance tables. Writes run in the caller's unit of work. */
export class ComplianceRepository {
  constructor(private readonly db: Database) {}

  /** Merging a duplicate dossier: complaints and data requests move to the client kept. */
  mergeClient(fromId: string, intoId: string): number {
    return moveClientRows(this.db, ['complaints', 'data_requests'], fromId, intoId);
  }

  complaints(filter: { state?: ComplaintState; clientId?: string }): ComplaintRecord[] {
    const rows = this.db
      .prepare(
        `SELECT ${COMPLAINT_COLUMNS} FROM complaints
         WHERE (@state IS NULL OR state = @state) AND (@clientId IS NULL OR client_id = @clientId)
         ORDER BY received_on DESC, created_at DESC, id`,
      )
      .all({ state: filter.state ?? null, clientId: filter.clientId ?? null }) as ComplaintRow[];
    return rows.map(toComplaint);
  }

  complaint(id: string): ComplaintRecord {
    const row = this.db.prepare(`SELECT ${COMPLAINT_COLUMNS} FROM complaints WHERE id = ?`).get(id) as
      ComplaintRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'no complaint with that id');
    return toComplaint(row);
  }

  insertComplaint(id: string, data: ComplaintData, ombudsmanApplies: boolean, now: string): void {
    this.db
      .prepare(
        `INSERT INTO complaints (id, client_id, received_on, received_via, subject, product_id, details, state,
           ombudsman_applies, version, created_at, updated_at)
         VALUES (@id, @clientId, @receivedOn, @receivedVia, @subject, @productId, @details, 'open',
           @ombudsman, 1, @now, @now)`,
      )
      .run({ id, ...data, ombudsman: ombudsmanApplies ? 1 : 0, now });
  }

  replyToComplaint(id: string, version: number, reply: string, repliedOn: string, now: string): void {
    this.checkVersion(this.complaint(id).version, version);
    this.db
      .prepare(
        `UPDATE complaints SET reply = ?, replied_on = ?, state = 'replied', version = version + 1, updated_at = ?
         WHERE id = ?`,
      )
      .run(reply, repliedOn, now, id);
  }

  closeComplaint(id: string, version: number, now: string): void {
    this.checkVersion(this.complaint(id).version, version);
    this.db
      .prepare(`UPDATE complaints SET state = 'closed', version = version + 1, updated_at = ? WHERE id = ?`)
      .run(now, id);
  }

  dataRequests(filter: { openOnly?: boolean; clientId?: string }): DataRequestRecord[] {
    return this.db
      .prepare(
        `SELECT ${REQUEST_COLUMNS} FROM data_requests
         WHERE (@open = 0 OR state = 'open') AND (@clientId IS NULL OR client_id = @clientId)
         ORDER BY received_on DESC, created_at DESC, id`,
      )
      .all({ open: filter.openOnly ? 1 : 0, clientId: filter.clientId ?? null }) as DataRequestRecord[];
  }

  dataRequest(id: string): DataRequestRecord {
    const row = this.db.prepare(`SELECT ${REQUEST_COLUMNS} FROM data_requests WHERE id = ?`).get(id) as
      DataRequestRecord | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'no personal-data request with that id');
    return row;
  }

  insertDataRequest(id: string, data: DataRequestData, dueOn: string, now: string): void {
    this.db
      .prepare(
        `INSERT INTO data_requests (id, client_id, kind, received_on, identity_checked_by, identity_method, details,
           due_on, state, version, created_at, updated_at)
         VALUES (@id, @clientId, @kind, @receivedOn, @identityCheckedBy, @identityMethod, @details,
           @dueOn, 'open', 1, @now, @now)`,
      )
      .run({ id, ...data, dueOn, now });
  }

  closeDataRequest(
    id: string,
    version: number,
    close: { state: 'done' | 'refused'; outcome: string; closedOn: string; retainedUntil: string | null },
    now: string,
  ): void {
    const current = this.dataRequest(id);
    this.checkVersion(current.version, version);
    if (current.state !== 'open') throw new AppError('CONFLICT', 'the request is already closed');
    this.db
      .prepare(
        `UPDATE data_requests SET state = @state, outcome = @outcome, closed_on = @closedOn,
           retained_until = @retainedUntil, version = version + 1, updated_at = @now WHERE id = @id`,
      )
      .run({ id, ...close, now });
  }

  /** The one extension: refused when the request is closed or was extended already. */
  extendDataRequest(
    id: string,
    version: number,
    extension: { extendedOn: string; reason: string; dueOn: string },
    now: string,
  ): void {
    const current = this.dataRequest(id);
    this.checkVersion(current.version, version);
    if (current.state !== 'open') throw new AppError('CONFLICT', 'the request is already closed');
    if (current.extendedOn !== null) {
      throw new AppError('CONFLICT', 'a request is extended once only', { reason: 'already_extended' });
    }
    this.db
      .prepare(
        `UPDATE data_requests SET extended_on = @extendedOn, extension_reason = @reason,
           due_before_extension = due_on, due_on = @dueOn, version = version + 1, updated_at = @now
         WHERE id = @id`,
      )
      .run({ id, ...extension, now });
  }

  reviews(): Map<string, FlagReview> {
    const rows = this.db
      .prepare('SELECT key, reviewer, note, reviewed_at AS reviewedAt FROM compliance_flag_reviews')
      .all() as (FlagReview & { key: string })[];
    return new Map(rows.map(({ key, ...review }) => [key, review]));
  }

  saveReview(key: string, review: FlagReview): void {
    this.db
      .prepare(
        `INSERT INTO compliance_flag_reviews (key, reviewer, note, reviewed_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET reviewer = excluded.reviewer, note = excluded.note,
           reviewed_at = excluded.reviewed_at`,
      )
      .run(key, review.reviewer, review.note, review.reviewedAt);
  }

  private checkVersion(current: number, expected: number): void {
    if (current !== expected) {
      throw new AppError('CONFLICT', 'the record was changed after it was loaded; reload and try again', {
        currentVersion: current,
      });
    }
  }
}
