import type {
  Finding,
  FindingCode,
  Override,
  OverrideStatus,
  SuitabilityItem,
  SuitabilityResult,
} from '../../../../shared/features/suitability';
import type { Database } from '../../db';
import { moveClientRows } from '../../kernel/client-merger';

export interface CheckRecord {
  id: string;
  clientId: string;
  checkedAt: string;
  checkedOn: string;
  assessmentId: string | null;
  items: SuitabilityItem[];
  result: SuitabilityResult;
}

/** An override as stored: the client's name is resolved by the service for display. */
export type OverrideRecord = Omit<Override, 'clientName'> & { assessmentId: string | null };

interface OverrideRow extends Omit<OverrideRecord, 'message'> {
  message: string;
}

const OVERRIDE_COLUMNS = `id, client_id AS clientId, check_id AS checkId, assessment_id AS assessmentId,
  code, product_id AS productId, product_code AS productCode, subject, message, reason, status,
  requested_at AS requestedAt, requested_by AS requestedBy, supervisor_name AS supervisorName,
  approved_on AS approvedOn, reference, decided_at AS decidedAt, rejection_reason AS rejectionReason`;

function toOverride(row: OverrideRow): OverrideRecord {
  return { ...row, code: row.code as FindingCode, message: JSON.parse(row.message) as Finding['message'] };
}

type CheckRow = Omit<CheckRecord, 'items' | 'result'> & { items: string; result: string };

const CHECK_SELECT = `SELECT id, client_id AS clientId, checked_at AS checkedAt, checked_on AS checkedOn,
  assessment_id AS assessmentId, items, result FROM suitability_checks`;

function toCheck(row: CheckRow): CheckRecord {
  return {
    ...row,
    items: JSON.parse(row.items) as SuitabilityItem[],
    result: JSON.parse(row.result) as SuitabilityResult,
  };
}

/** Saved checks and overrides (suitability_checks, suitability_overrides). */
export class SuitabilityRepository {
  constructor(private readonly db: Database) {}

  /** Merging a duplicate dossier: checks and overrides move to the client kept. */
  mergeClient(fromId: string, intoId: string): number {
    return moveClientRows(this.db, ['suitability_checks', 'suitability_overrides'], fromId, intoId);
  }

  insertCheck(check: CheckRecord): void {
    this.db
      .prepare(
        `INSERT INTO suitability_checks (id, client_id, checked_at, checked_on, assessment_id, items, result)
         VALUES (@id, @clientId, @checkedAt, @checkedOn, @assessmentId, @items, @result)`,
      )
      .run({ ...check, items: JSON.stringify(check.items), result: JSON.stringify(check.result) });
  }

  check(id: string): CheckRecord | null {
    const row = this.db.prepare<[string], CheckRow>(`${CHECK_SELECT} WHERE id = ?`).get(id);
    return row ? toCheck(row) : null;
  }

  /** A client's saved checks, oldest first (a copy request shows them). */
  checksOf(clientId: string): CheckRecord[] {
    return this.db
      .prepare<[string], CheckRow>(`${CHECK_SELECT} WHERE client_id = ? ORDER BY checked_at, id`)
      .all(clientId)
      .map(toCheck);
  }

  insertOverride(record: OverrideRecord): void {
    this.db
      .prepare(
        `INSERT INTO suitability_overrides (id, client_id, check_id, assessment_id, code, product_id,
           product_code, subject, message, reason, status, requested_at, requested_by)
         VALUES (@id, @clientId, @checkId, @assessmentId, @code, @productId, @productCode, @subject,
           @message, @reason, @status, @requestedAt, @requestedBy)`,
      )
      .run({ ...record, message: JSON.stringify(record.message) });
  }

  override(id: string): OverrideRecord | null {
    const row = this.db
      .prepare<[string], OverrideRow>(`SELECT ${OVERRIDE_COLUMNS} FROM suitability_overrides WHERE id = ?`)
      .get(id);
    return row ? toOverride(row) : null;
  }

  /** Newest first. */
  overrides(filter: { status?: OverrideStatus; clientId?: string }): OverrideRecord[] {
    const conditions: string[] = [];
    if (filter.status) conditions.push('status = @status');
    if (filter.clientId) conditions.push('client_id = @clientId');
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    return this.db
      .prepare<Record<string, string>, OverrideRow>(
        `SELECT ${OVERRIDE_COLUMNS} FROM suitability_overrides ${where} ORDER BY requested_at DESC, id`,
      )
      .all({ ...filter })
      .map(toOverride);
  }

  decide(
    id: string,
    decision:
      | {
          status: 'approved';
          supervisorName: string;
          approvedOn: string;
          reference: string;
          decidedAt: string;
        }
      | { status: 'rejected'; supervisorName: string; rejectionReason: string; decidedAt: string },
  ): boolean {
    const changed = this.db
      .prepare(
        `UPDATE suitability_overrides SET status = @status, supervisor_name = @supervisorName,
           approved_on = @approvedOn, reference = @reference, rejection_reason = @rejectionReason,
           decided_at = @decidedAt
         WHERE id = @id AND status = 'pending'`,
      )
      .run({ approvedOn: null, reference: null, rejectionReason: null, ...decision, id });
    return changed.changes === 1;
  }
}
