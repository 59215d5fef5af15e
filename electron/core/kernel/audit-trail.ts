import type { AuditEntity } from '../../../shared/ipc/define';
import type { Database, Statement } from '../db';

/** Who is acting: the advisor's name from settings and the operating-system user. */
export interface Actor {
  name: string | null;
  osUser: string | null;
}

export interface NewAuditEntry {
  action: string;
  entity: AuditEntity;
  entityId: string | null;
  /** Field names and counts only: never client data. */
  detail: string | null;
}

/**
 * The append-only trail of who created, changed, revealed, printed or exported what. The router
 * appends inside the unit of work of the call it records, so the entry and the change commit
 * together or not at all.
 */
export class AuditTrail {
  private readonly insert: Statement<
    [string, string, string, string | null, string | null, string | null, string | null]
  >;

  constructor(db: Database) {
    this.insert = db.prepare(
      `INSERT INTO audit_log (at, action, entity, entity_id, detail, actor_name, actor_os_user)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  append(entry: NewAuditEntry, at: string, actor: Actor): void {
    this.insert.run(at, entry.action, entry.entity, entry.entityId, entry.detail, actor.name, actor.osUser);
  }
}
