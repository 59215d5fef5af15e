import type { AuditAction } from '../../../shared/features/audit';
import type { AuditEntry } from '../../../shared/ipc/contract';
import type { Database, Statement } from '../db/open';

export interface NewAuditEntry {
  action: AuditAction;
  entity: string;
  entityId: string | null;
  /** Field names and counts only: never client data. */
  detail: string | null;
  at: string;
}

interface AuditRow {
  id: number;
  at: string;
  action: AuditAction;
  entity: string;
  entity_id: string | null;
  detail: string | null;
}

/** The append-only trail of who created, changed, revealed, printed or exported what. */
export class AuditRepository {
  private readonly insert: Statement<[string, string, string, string | null, string | null]>;
  private readonly page: Statement<[number, number], AuditRow>;
  private readonly total: Statement<[], number>;

  constructor(private readonly db: Database) {
    this.insert = db.prepare(
      'INSERT INTO audit_log (at, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?)',
    );
    this.page = db.prepare(
      'SELECT id, at, action, entity, entity_id, detail FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?',
    );
    this.total = db.prepare<[], number>('SELECT count(*) FROM audit_log').pluck();
  }

  append(entry: NewAuditEntry): void {
    this.db.transaction(() => {
      this.insert.run(entry.at, entry.action, entry.entity, entry.entityId, entry.detail);
    })();
  }

  /** Newest first. */
  list(offset: number, limit: number): { total: number; items: AuditEntry[] } {
    const items = this.page.all(limit, offset).map((row) => ({
      id: row.id,
      at: row.at,
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
      detail: row.detail,
    }));
    return { total: this.total.get() ?? 0, items };
  }
}
