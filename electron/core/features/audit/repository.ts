import type { AuditFilter } from '../../../../shared/features/audit';
import type { Database } from '../../db';

/** One stored line of the trail, before display names are resolved. */
export interface AuditRecord {
  id: number;
  at: string;
  action: string;
  entity: string;
  entityId: string | null;
  detail: string | null;
  actorName: string | null;
  actorOsUser: string | null;
}

const COLUMNS = `id, at, action, entity, entity_id AS entityId, detail,
  actor_name AS actorName, actor_os_user AS actorOsUser`;

/** Reads the audit trail (the kernel's AuditTrail writes it), newest first, filtered. */
export class AuditRepository {
  constructor(private readonly db: Database) {}

  list(filter: AuditFilter, offset: number, limit: number): { total: number; items: AuditRecord[] } {
    const { where, params } = whereClause(filter);
    const total = this.db
      .prepare<Record<string, string>, number>(`SELECT count(*) FROM audit_log ${where}`)
      .pluck();
    const page = this.db.prepare<Record<string, string | number>, AuditRecord>(
      `SELECT ${COLUMNS} FROM audit_log ${where} ORDER BY id DESC LIMIT @limit OFFSET @offset`,
    );
    return { total: total.get(params) ?? 0, items: page.all({ ...params, limit, offset }) };
  }

  timeOf(id: number): string | null {
    return this.db.prepare<[number], string>('SELECT at FROM audit_log WHERE id = ?').pluck().get(id) ?? null;
  }
}

/** Times compare as ISO strings: every entry's `at` is written by toISOString (UTC, Z). */
function whereClause(filter: AuditFilter): { where: string; params: Record<string, string> } {
  const conditions: string[] = [];
  const params: Record<string, string> = {};
  if (filter.from) {
    conditions.push('at >= @from');
    params.from = new Date(filter.from).toISOString();
  }
  if (filter.to) {
    conditions.push('at < @to');
    params.to = new Date(filter.to).toISOString();
  }
  if (filter.action) {
    conditions.push('action = @action');
    params.action = filter.action;
  }
  if (filter.clientId) {
    conditions.push("entity = 'client' AND entity_id = @clientId");
    params.clientId = filter.clientId;
  }
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}
