import type { AuditEntity } from '../../../shared/ipc/define';
import type { Database, Statement } from '../db';
import { entryHash, GENESIS_HASH } from './audit-chain';

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

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A lone UTF-16 surrogate has no UTF-8 form: the driver would store bytes that read back as other
 * text, and the entry would then fail its own hash. It is written as U+FFFD, hashed as stored.
 */
function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

function wellFormedOrNull(text: string | null): string | null {
  return text === null ? null : wellFormed(text);
}

/**
 * The append-only trail of who created, changed, revealed, printed or exported what. The router
 * appends inside the unit of work of the call it records, so the entry and the change commit
 * together or not at all. Each entry is chained to the one before it (kernel/audit-chain.ts):
 * its id is the next after the last one, and its hash covers the last one's hash.
 */
export class AuditTrail {
  private readonly last: Statement<[], { id: number; hash: string | null }>;
  private readonly insert: Statement<
    [number, string, string, string, string | null, string | null, string | null, string | null, string]
  >;

  constructor(
    db: Database,
    private readonly chainKey: () => Buffer,
  ) {
    this.last = db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1');
    this.insert = db.prepare(
      `INSERT INTO audit_log (id, at, action, entity, entity_id, detail, actor_name, actor_os_user, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  append(entry: NewAuditEntry, at: string, actor: Actor): void {
    const last = this.last.get();
    const fields = {
      id: (last?.id ?? 0) + 1,
      at: wellFormed(at),
      action: wellFormed(entry.action),
      entity: wellFormed(entry.entity),
      entityId: wellFormedOrNull(entry.entityId),
      detail: wellFormedOrNull(entry.detail),
      actorName: wellFormedOrNull(actor.name),
      actorOsUser: wellFormedOrNull(actor.osUser),
    };
    const hash = entryHash(this.chainKey(), fields, last ? (last.hash ?? '') : GENESIS_HASH);
    this.insert.run(
      fields.id,
      at,
      fields.action,
      fields.entity,
      fields.entityId,
      fields.detail,
      fields.actorName,
      fields.actorOsUser,
      hash,
    );
  }
}
