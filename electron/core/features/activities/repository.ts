import {
  activitySchema,
  countsAsContact,
  countsAsReview,
  followUpSchema,
  type Activity,
  type ActivityData,
  type FollowUp,
  type FollowUpData,
} from '../../../../shared/features/activities';
import { AppError } from '../../../../shared/ipc/result';
import type { Database } from '../../db/open';
import { moveClientRows } from '../../kernel/client-merger';

interface ActivityRow {
  id: string;
  client_id: string;
  kind: string;
  occurred_on: string;
  occurred_time: string | null;
  data: string;
  plan_id: string | null;
  completed_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

interface FollowUpRow {
  id: string;
  client_id: string;
  activity_id: string | null;
  title: string;
  due_on: string;
  done_on: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

function toActivity(row: ActivityRow): Activity {
  const links =
    row.kind === 'visit_plan'
      ? { completedBy: row.completed_by }
      : row.kind === 'visit'
        ? { planId: row.plan_id }
        : {};
  return activitySchema.parse({
    ...(JSON.parse(row.data) as object),
    ...links,
    kind: row.kind,
    date: row.occurred_on,
    time: row.occurred_time,
    id: row.id,
    clientId: row.client_id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

function toFollowUp(row: FollowUpRow): FollowUp {
  return followUpSchema.parse({
    id: row.id,
    clientId: row.client_id,
    activityId: row.activity_id,
    title: row.title,
    dueOn: row.due_on,
    doneOn: row.done_on,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/** The columns an activity is found and ordered by; the rest of it is one JSON document. */
function columns(activity: ActivityData) {
  const { kind, date, time, ...rest } = activity;
  return {
    kind,
    occurred_on: date,
    occurred_time: time,
    data: JSON.stringify(rest),
    is_contact: countsAsContact(kind) ? 1 : 0,
    is_review: countsAsReview(activity) ? 1 : 0,
  };
}

export interface LastContact {
  lastContact?: string;
  lastReview?: string;
}

export interface OpenPlanRow {
  id: string;
  clientId: string;
  date: string;
  time: string | null;
  place: string | null;
}

/** The activities, follow-ups and per-client latest-contact tables. Writes run in the caller's unit of work. */
export class ActivitiesRepository {
  constructor(private readonly db: Database) {}

  /** Merging a duplicate dossier: activities and follow-ups move; the client kept's latest contact is read again. */
  mergeClient(fromId: string, intoId: string): number {
    const moved = moveClientRows(this.db, ['activities', 'follow_ups'], fromId, intoId);
    this.db.prepare('DELETE FROM activity_last WHERE client_id = ?').run(fromId);
    this.refreshLast(intoId);
    return moved;
  }

  get(id: string): Activity | null {
    const row = this.db.prepare('SELECT * FROM activities WHERE id = ?').get(id) as ActivityRow | undefined;
    return row ? toActivity(row) : null;
  }

  /** Newest first: by date, then time (a day's untimed entries after its timed ones), then entry. */
  listOf(clientId: string): Activity[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM activities WHERE client_id = ?
         ORDER BY occurred_on DESC, occurred_time IS NULL, occurred_time DESC, created_at DESC, id DESC`,
      )
      .all(clientId) as ActivityRow[];
    return rows.map(toActivity);
  }

  insert(
    id: string,
    clientId: string,
    activity: ActivityData,
    now: string,
    planId: string | null = null,
  ): void {
    this.db
      .prepare(
        `INSERT INTO activities (id, client_id, kind, occurred_on, occurred_time, data, is_contact, is_review,
           plan_id, completed_by, version, created_at, updated_at)
         VALUES (@id, @clientId, @kind, @occurred_on, @occurred_time, @data, @is_contact, @is_review,
           @planId, NULL, 1, @now, @now)`,
      )
      .run({ id, clientId, now, planId, ...columns(activity) });
    this.refreshLast(clientId);
  }

  markCompleted(planId: string, expectedVersion: number, recordId: string, now: string): void {
    this.checkVersion(planId, expectedVersion);
    this.db
      .prepare('UPDATE activities SET completed_by = ?, version = version + 1, updated_at = ? WHERE id = ?')
      .run(recordId, now, planId);
  }

  delete(id: string, expectedVersion: number): Activity {
    const current = this.checkVersion(id, expectedVersion);
    this.db.prepare('DELETE FROM activities WHERE id = ?').run(id);
    // A plan whose record goes is open again; follow-ups stay, unlinked.
    this.db.prepare('UPDATE activities SET completed_by = NULL WHERE completed_by = ?').run(id);
    this.db.prepare('UPDATE follow_ups SET activity_id = NULL WHERE activity_id = ?').run(id);
    this.refreshLast(current.clientId);
    return current;
  }

  /** Client deletion: open plans and every follow-up go; records stay (docs/retention.md). */
  eraseClient(clientId: string): number {
    const plans = this.db
      .prepare("DELETE FROM activities WHERE client_id = ? AND kind = 'visit_plan' AND completed_by IS NULL")
      .run(clientId).changes;
    const tasks = this.db.prepare('DELETE FROM follow_ups WHERE client_id = ?').run(clientId).changes;
    return plans + tasks;
  }

  /** Rewrites a client's latest contact and review from its indexes (two index seeks). */
  private refreshLast(clientId: string): void {
    this.db
      .prepare(
        `INSERT INTO activity_last (client_id, last_contact, last_review) VALUES (
           @clientId,
           (SELECT MAX(occurred_on) FROM activities WHERE client_id = @clientId AND is_contact = 1),
           (SELECT MAX(occurred_on) FROM activities WHERE client_id = @clientId AND is_review = 1))
         ON CONFLICT (client_id) DO UPDATE SET last_contact = excluded.last_contact, last_review = excluded.last_review`,
      )
      .run({ clientId });
  }

  /** Each client's latest contact and review day; all clients with any, or those named. */
  lastContacts(clientIds?: readonly string[]): Map<string, LastContact> {
    type Row = [clientId: string, lastContact: string | null, lastReview: string | null];
    const columns = 'SELECT client_id, last_contact, last_review FROM activity_last';
    // Arrays, not objects: the overdue list reads this for every client of the book.
    const rows =
      clientIds === undefined
        ? (this.db.prepare(columns).raw().all() as Row[])
        : (this.db
            .prepare(`${columns} WHERE client_id IN (SELECT value FROM json_each(?))`)
            .raw()
            .all(JSON.stringify(clientIds)) as Row[]);
    const result = new Map<string, LastContact>();
    for (const [clientId, lastContact, lastReview] of rows) {
      if (lastContact === null && lastReview === null) continue;
      const entry: LastContact = {};
      if (lastContact !== null) entry.lastContact = lastContact;
      if (lastReview !== null) entry.lastReview = lastReview;
      result.set(clientId, entry);
    }
    return result;
  }

  /** Open visit plans dated from `from` to `to`, by date and time (a partial index). */
  openPlansBetween(from: string, to: string, leftOut: readonly string[] = []): OpenPlanRow[] {
    const rows = this.db
      .prepare(
        `SELECT id, client_id, occurred_on, occurred_time, json_extract(data, '$.place') AS place
         FROM activities INDEXED BY activities_open_plans
         WHERE kind = 'visit_plan' AND completed_by IS NULL AND occurred_on BETWEEN ? AND ?
           AND client_id NOT IN (SELECT value FROM json_each(?))
         ORDER BY occurred_on, occurred_time IS NULL, occurred_time, id`,
      )
      .all(from, to, JSON.stringify(leftOut)) as {
      id: string;
      client_id: string;
      occurred_on: string;
      occurred_time: string | null;
      place: string | null;
    }[];
    return rows.map((r) => ({
      id: r.id,
      clientId: r.client_id,
      date: r.occurred_on,
      time: r.occurred_time,
      place: r.place,
    }));
  }

  getFollowUp(id: string): FollowUp | null {
    const row = this.db.prepare('SELECT * FROM follow_ups WHERE id = ?').get(id) as FollowUpRow | undefined;
    return row ? toFollowUp(row) : null;
  }

  /** Open ones by due date, then done ones, the latest done first. */
  followUpsOf(clientId: string): FollowUp[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM follow_ups WHERE client_id = ?
         ORDER BY done_on IS NOT NULL, CASE WHEN done_on IS NULL THEN due_on END, done_on DESC, created_at, id`,
      )
      .all(clientId) as FollowUpRow[];
    return rows.map(toFollowUp);
  }

  /** The first `limit` open follow-ups due on or before `to`, by due date, and how many there are (a partial index). */
  openFollowUpsDueBy(
    to: string,
    limit: number,
    leftOut: readonly string[] = [],
  ): { items: FollowUp[]; total: number } {
    const open = `FROM follow_ups INDEXED BY follow_ups_open
      WHERE done_on IS NULL AND due_on <= ? AND client_id NOT IN (SELECT value FROM json_each(?))`;
    const rows = this.db
      .prepare(`SELECT * ${open} ORDER BY due_on, id LIMIT ?`)
      .all(to, JSON.stringify(leftOut), limit) as FollowUpRow[];
    const total = this.db
      .prepare<[string, string], number>(`SELECT COUNT(*) ${open}`)
      .pluck()
      .get(to, JSON.stringify(leftOut))!;
    return { items: rows.map(toFollowUp), total };
  }

  insertFollowUp(
    id: string,
    clientId: string,
    followUp: FollowUpData,
    activityId: string | null,
    now: string,
  ): void {
    this.db
      .prepare(
        `INSERT INTO follow_ups (id, client_id, activity_id, title, due_on, done_on, version, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, NULL, 1, ?, ?)`,
      )
      .run(id, clientId, activityId, followUp.title, followUp.dueOn, now, now);
  }

  setFollowUpDone(id: string, expectedVersion: number, doneOn: string | null, now: string): void {
    const current = this.getFollowUp(id);
    if (!current) throw new AppError('NOT_FOUND', 'no follow-up with that id');
    if (current.version !== expectedVersion) throw conflict(current.version);
    this.db
      .prepare('UPDATE follow_ups SET done_on = ?, version = version + 1, updated_at = ? WHERE id = ?')
      .run(doneOn, now, id);
  }

  private checkVersion(id: string, expectedVersion: number): Activity {
    const current = this.get(id);
    if (!current) throw new AppError('NOT_FOUND', 'no activity with that id');
    if (current.version !== expectedVersion) throw conflict(current.version);
    return current;
  }
}

function conflict(currentVersion: number): AppError {
  return new AppError('CONFLICT', 'the record was changed after it was loaded; reload and try again', {
    currentVersion,
  });
}
