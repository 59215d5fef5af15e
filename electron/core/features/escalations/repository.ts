import type {
  EscalationData,
  EscalationFilter,
  EscalationKind,
  EscalationState,
  EscalationSeverity,
  FeedbackData,
  FeedbackTag,
  FeedbackTopic,
} from '../../../../shared/features/escalations';
import { AppError } from '../../../../shared/ipc/result';
import type { Database } from '../../db/open';
import { moveClientRows } from '../../kernel/client-merger';

export interface FeedbackRecord {
  id: string;
  clientId: string;
  receivedOn: string;
  topic: FeedbackTopic;
  tags: FeedbackTag[];
  summary: string;
  productId: string | null;
  createdAt: string;
}

export interface EscalationAction {
  at: string;
  text: string;
  state: EscalationState;
  by: string;
}

export interface EscalationRecord {
  id: string;
  clientId: string;
  kind: EscalationKind;
  severity: EscalationSeverity;
  raisedAt: string;
  description: string;
  toldWhom: string;
  toldAt: string;
  dueAt: string;
  state: EscalationState;
  resolvedAt: string | null;
  version: number;
  actions: EscalationAction[];
}

const FEEDBACK_COLUMNS = `id, client_id AS clientId, received_on AS receivedOn, topic, summary,
  product_id AS productId, created_at AS createdAt`;
const ESCALATION_COLUMNS = `id, client_id AS clientId, kind, severity, raised_at AS raisedAt, description,
  told_whom AS toldWhom, told_at AS toldAt, due_at AS dueAt, state, resolved_at AS resolvedAt, version`;

type FeedbackRow = Omit<FeedbackRecord, 'tags'>;
type EscalationRow = Omit<EscalationRecord, 'actions'>;

/** The feedback and escalation tables. Writes run in the caller's unit of work. */
export class EscalationsRepository {
  constructor(private readonly db: Database) {}

  /** Merging a duplicate dossier: escalations and feedback move to the client kept. */
  mergeClient(fromId: string, intoId: string): number {
    return moveClientRows(this.db, ['escalations', 'client_feedback'], fromId, intoId);
  }

  feedback(filter: { clientId?: string; from?: string; to?: string }): FeedbackRecord[] {
    const rows = this.db
      .prepare(
        `SELECT ${FEEDBACK_COLUMNS} FROM client_feedback
         WHERE (@clientId IS NULL OR client_id = @clientId)
           AND (@from IS NULL OR received_on >= @from) AND (@to IS NULL OR received_on <= @to)
         ORDER BY received_on DESC, created_at DESC, id`,
      )
      .all({
        clientId: filter.clientId ?? null,
        from: filter.from ?? null,
        to: filter.to ?? null,
      }) as FeedbackRow[];
    const tags = this.tagsOf(rows.map((r) => r.id));
    return rows.map((row) => ({ ...row, tags: tags.get(row.id) ?? [] }));
  }

  insertFeedback(id: string, data: FeedbackData, now: string): void {
    this.db
      .prepare(
        `INSERT INTO client_feedback (id, client_id, received_on, topic, summary, product_id, created_at)
         VALUES (@id, @clientId, @receivedOn, @topic, @summary, @productId, @now)`,
      )
      .run({
        id,
        clientId: data.clientId,
        receivedOn: data.receivedOn,
        topic: data.topic,
        summary: data.summary,
        productId: data.productId,
        now,
      });
    const insertTag = this.db.prepare('INSERT INTO client_feedback_tags (feedback_id, tag) VALUES (?, ?)');
    for (const tag of data.tags) insertTag.run(id, tag);
  }

  /** Client deletion: feedback is an opinion kept for analysis, not a record any rule requires. */
  eraseClientFeedback(clientId: string): number {
    this.db
      .prepare(
        'DELETE FROM client_feedback_tags WHERE feedback_id IN (SELECT id FROM client_feedback WHERE client_id = ?)',
      )
      .run(clientId);
    return this.db.prepare('DELETE FROM client_feedback WHERE client_id = ?').run(clientId).changes;
  }

  escalations(filter: { state?: EscalationFilter; clientId?: string }): EscalationRecord[] {
    const rows = this.db
      .prepare(
        `SELECT ${ESCALATION_COLUMNS} FROM escalations
         WHERE (@state IS NULL OR state = @state OR (@state = 'unresolved' AND state <> 'resolved'))
           AND (@clientId IS NULL OR client_id = @clientId)
         ORDER BY state = 'resolved', due_at, id`,
      )
      .all({ state: filter.state ?? null, clientId: filter.clientId ?? null }) as EscalationRow[];
    const actions = this.actionsOf(rows.map((r) => r.id));
    return rows.map((row) => ({ ...row, actions: actions.get(row.id) ?? [] }));
  }

  escalation(id: string): EscalationRecord {
    const row = this.db.prepare(`SELECT ${ESCALATION_COLUMNS} FROM escalations WHERE id = ?`).get(id) as
      EscalationRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'no escalation with that id');
    return { ...row, actions: this.actionsOf([id]).get(id) ?? [] };
  }

  insertEscalation(id: string, data: EscalationData, dueAt: string, now: string): void {
    this.db
      .prepare(
        `INSERT INTO escalations (id, client_id, kind, severity, raised_at, description, told_whom, told_at,
           due_at, state, version, created_at, updated_at)
         VALUES (@id, @clientId, @kind, @severity, @raisedAt, @description, @toldWhom, @toldAt,
           @dueAt, 'open', 1, @now, @now)`,
      )
      .run({ id, ...data, dueAt, now });
  }

  /** Appends an action and moves the state; refused on a stale version or a resolved escalation. */
  addAction(id: string, version: number, action: EscalationAction): void {
    const current = this.escalation(id);
    if (current.version !== version) {
      throw new AppError('CONFLICT', 'the record was changed after it was loaded; reload and try again', {
        currentVersion: current.version,
      });
    }
    if (current.state === 'resolved') throw new AppError('CONFLICT', 'the escalation is already resolved');
    this.db
      .prepare(
        `INSERT INTO escalation_actions (escalation_id, seq, at, text, state, by_name)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(id, current.actions.length + 1, action.at, action.text, action.state, action.by);
    this.db
      .prepare(
        `UPDATE escalations SET state = @state, resolved_at = @resolvedAt, version = version + 1, updated_at = @at
         WHERE id = @id`,
      )
      .run({
        id,
        state: action.state,
        at: action.at,
        resolvedAt: action.state === 'resolved' ? action.at : null,
      });
  }

  private tagsOf(ids: readonly string[]): Map<string, FeedbackTag[]> {
    const byId = new Map<string, FeedbackTag[]>();
    const select = this.db.prepare('SELECT tag FROM client_feedback_tags WHERE feedback_id = ? ORDER BY tag');
    for (const id of ids) byId.set(id, select.pluck().all(id) as FeedbackTag[]);
    return byId;
  }

  private actionsOf(ids: readonly string[]): Map<string, EscalationAction[]> {
    const byId = new Map<string, EscalationAction[]>();
    const select = this.db.prepare(
      'SELECT at, text, state, by_name AS by FROM escalation_actions WHERE escalation_id = ? ORDER BY seq',
    );
    for (const id of ids) byId.set(id, select.all(id) as EscalationAction[]);
    return byId;
  }
}
