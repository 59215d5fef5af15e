import { goalSchema, type Goal, type GoalData } from '../../../../shared/features/goals';
import { AppError } from '../../../../shared/ipc/result';
import type { Database } from '../../db/open';
import { moveClientRows } from '../../kernel/client-merger';

interface GoalRow {
  id: string;
  client_id: string;
  kind: string;
  priority: string;
  target_date: string;
  data: string;
  version: number;
  created_at: string;
  updated_at: string;
}

function toGoal(row: GoalRow): Goal {
  return goalSchema.parse({
    ...(JSON.parse(row.data) as object),
    kind: row.kind,
    priority: row.priority,
    targetDate: row.target_date,
    id: row.id,
    clientId: row.client_id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/** The columns a goal is found and ordered by; the rest of it is one JSON document. */
function columns(data: GoalData) {
  const { kind, priority, targetDate, ...rest } = data;
  return { kind, priority, target_date: targetDate, data: JSON.stringify(rest) };
}

/** The goals table. Writes run in the caller's unit of work. */
export class GoalsRepository {
  constructor(private readonly db: Database) {}

  /** Merging a duplicate dossier: the goals move to the client kept. */
  mergeClient(fromId: string, intoId: string): number {
    return moveClientRows(this.db, ['goals'], fromId, intoId);
  }

  eraseClient(clientId: string): number {
    return this.db.prepare('DELETE FROM goals WHERE client_id = ?').run(clientId).changes;
  }

  /** A client's goals, by target date. */
  listOf(clientId: string): Goal[] {
    const rows = this.db
      .prepare('SELECT * FROM goals WHERE client_id = ? ORDER BY target_date, created_at, id')
      .all(clientId) as GoalRow[];
    return rows.map(toGoal);
  }

  get(id: string): Goal | null {
    const row = this.db.prepare('SELECT * FROM goals WHERE id = ?').get(id) as GoalRow | undefined;
    return row ? toGoal(row) : null;
  }

  insert(id: string, clientId: string, data: GoalData, now: string): void {
    this.db
      .prepare(
        `INSERT INTO goals (id, client_id, kind, priority, target_date, data, version, created_at, updated_at)
         VALUES (@id, @clientId, @kind, @priority, @target_date, @data, 1, @now, @now)`,
      )
      .run({ id, clientId, now, ...columns(data) });
  }

  update(id: string, expectedVersion: number, data: GoalData, now: string): void {
    this.checkVersion(id, expectedVersion);
    this.db
      .prepare(
        `UPDATE goals SET kind = @kind, priority = @priority, target_date = @target_date, data = @data,
           version = version + 1, updated_at = @now
         WHERE id = @id`,
      )
      .run({ id, now, ...columns(data) });
  }

  delete(id: string, expectedVersion: number): void {
    this.checkVersion(id, expectedVersion);
    this.db.prepare('DELETE FROM goals WHERE id = ?').run(id);
  }

  private checkVersion(id: string, expectedVersion: number): void {
    const current = this.get(id);
    if (!current) throw new AppError('NOT_FOUND', 'no goal with that id');
    if (current.version !== expectedVersion) {
      throw new AppError('CONFLICT', 'the goal was changed after it was loaded; reload and try again', {
        currentVersion: current.version,
      });
    }
  }
}
