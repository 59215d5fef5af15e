import { randomUUID } from 'node:crypto';
import {
  activityIssues,
  weekEndOf,
  type Activity,
  type ActivityData,
  type FollowUp,
  type FollowUpData,
  type Home,
  type Timeline,
  type VisitRecordData,
  HOME_LIST_LIMIT,
} from '../../../../shared/features/activities';
import type { Settings } from '../../../../shared/features/settings';
import { addDays, today as todayIn } from '../../../../shared/kernel/dates';
import { AppError } from '../../../../shared/ipc/result';
import type { ClientsService } from '../clients';
import type { ActivitiesRepository, LastContact } from './repository';

function validationError(path: string, issues: { path: (string | number)[]; message: string }[]): AppError {
  return new AppError('VALIDATION', `the ${path} has ${issues.length} problem(s)`, {
    issues: issues.map((issue) => ({ path: [path, ...issue.path], message: issue.message })),
  });
}

/** The days from `from` to `to` (inclusive), as 'MM-DD'; 28 February brings 29 February in a common year. */
export function birthdayMonthDays(from: string, to: string): Map<string, string> {
  const days = new Map<string, string>();
  for (let day = from; day <= to; day = addDays(day, 1)) {
    days.set(day.slice(5), day);
    const year = Number(day.slice(0, 4));
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    if (day.slice(5) === '02-28' && !leap) days.set('02-29', day);
  }
  return days;
}

/**
 * A client's activities and follow-up tasks, and the 今日 page's own queries. Runs inside the
 * router's unit of work (no transactions or audit here).
 */
export class ActivitiesService {
  constructor(
    private readonly repository: () => ActivitiesRepository,
    private readonly clients: ClientsService,
    private readonly settings: () => Settings,
    private readonly now: () => number,
  ) {}

  /** Merging a duplicate dossier (clients.merge): activities and follow-ups move to the client kept. */
  mergeClient(fromId: string, intoId: string): number {
    return this.repository().mergeClient(fromId, intoId);
  }

  private nowIso(): string {
    return new Date(this.now()).toISOString();
  }

  /** Today in the firm's time zone. */
  today(): string {
    return todayIn(this.settings().timeZone, new Date(this.now()));
  }

  timeline(clientId: string): Timeline {
    this.clients.get(clientId);
    const repository = this.repository();
    return { activities: repository.listOf(clientId), followUps: repository.followUpsOf(clientId) };
  }

  get(id: string): Activity {
    const activity = this.repository().get(id);
    if (!activity) throw new AppError('NOT_FOUND', 'no activity with that id');
    return activity;
  }

  add(clientId: string, activity: ActivityData, followUps: readonly FollowUpData[] = []): Activity {
    this.clients.requireLive(clientId);
    const issues = activityIssues(activity, { today: this.today() });
    if (issues.length > 0) throw validationError('activity', issues);
    const id = randomUUID();
    this.repository().insert(id, clientId, activity, this.nowIso());
    this.insertFollowUps(clientId, id, followUps);
    return this.get(id);
  }

  /**
   * The same contact for every client selected on the list (a mailing): one record each, all or
   * none; a client not on file or deleted refuses the whole batch.
   */
  addMany(clientIds: readonly string[], contact: Extract<ActivityData, { kind: 'contact' }>): number {
    const issues = activityIssues(contact, { today: this.today() });
    if (issues.length > 0) throw validationError('activity', issues);
    const live = this.clients.liveIds(clientIds);
    const missing = clientIds.findIndex((id) => !live.has(id));
    if (missing >= 0) {
      throw new AppError('NOT_FOUND', 'a selected client is not on file or was deleted', {
        issues: [{ path: ['clientIds', missing], message: 'validation.clientGone' }],
      });
    }
    const repository = this.repository();
    const now = this.nowIso();
    for (const clientId of clientIds) repository.insert(randomUUID(), clientId, contact, now);
    return clientIds.length;
  }

  /** The visit record of a plan: the plan then names it and leaves the 今日 page. */
  completePlan(
    planId: string,
    version: number,
    record: VisitRecordData,
    followUps: readonly FollowUpData[] = [],
  ): Activity {
    const plan = this.get(planId);
    if (plan.kind !== 'visit_plan') throw new AppError('NOT_FOUND', 'no visit plan with that id');
    if (plan.completedBy !== null) {
      throw validationError('record', [{ path: [], message: 'validation.planCompleted' }]);
    }
    this.clients.requireLive(plan.clientId);
    const issues = activityIssues(record, { today: this.today() });
    if (issues.length > 0) throw validationError('record', issues);
    const id = randomUUID();
    const now = this.nowIso();
    const repository = this.repository();
    repository.markCompleted(planId, version, id, now);
    repository.insert(id, plan.clientId, record, now, planId);
    this.insertFollowUps(plan.clientId, id, followUps);
    return this.get(id);
  }

  delete(id: string, version: number): Activity {
    return this.repository().delete(id, version);
  }

  addFollowUp(clientId: string, followUp: FollowUpData, activityId: string | null = null): FollowUp {
    this.clients.requireLive(clientId);
    if (activityId !== null && this.get(activityId).clientId !== clientId) {
      throw new AppError('NOT_FOUND', "no activity with that id in this client's timeline");
    }
    const id = randomUUID();
    this.repository().insertFollowUp(id, clientId, followUp, activityId, this.nowIso());
    return this.repository().getFollowUp(id)!;
  }

  setFollowUpDone(id: string, version: number, done: boolean): FollowUp {
    this.repository().setFollowUpDone(id, version, done ? this.today() : null, this.nowIso());
    return this.repository().getFollowUp(id)!;
  }

  /** Client deletion: plans never held and follow-up tasks go; the records stay (docs/retention.md). */
  eraseClient(clientId: string): number {
    return this.repository().eraseClient(clientId);
  }

  /** Each client's latest contact and portfolio review (see `countsAsContact`/`countsAsReview`). */
  lastContacts(clientIds?: readonly string[]): Map<string, LastContact> {
    return this.repository().lastContacts(clientIds);
  }

  /** The 今日 page's visits, follow-ups and birthdays, from today to the week's end. */
  home(asOf?: string): Home {
    const today = asOf ?? this.today();
    const weekEnd = weekEndOf(today);
    const repository = this.repository();
    // Archived clients are out of the working book: not on the 今日 page.
    const archived = this.clients.archivedIds();
    const plans = repository.openPlansBetween(today, weekEnd, archived);
    const { items: followUps, total: followUpsTotal } = repository.openFollowUpsDueBy(
      weekEnd,
      HOME_LIST_LIMIT,
      archived,
    );
    const days = birthdayMonthDays(today, weekEnd);
    const born = this.clients.birthdaysOn([...days.keys()]);
    const names = this.clients.namesOf([
      ...plans.map((p) => p.clientId),
      ...followUps.map((f) => f.clientId),
    ]);
    const nameOf = (clientId: string) => names.get(clientId) ?? '';
    return {
      today,
      weekEnd,
      visits: plans.map(({ id, ...plan }) => ({
        ...plan,
        activityId: id,
        clientName: nameOf(plan.clientId),
      })),
      followUps: followUps.map((f) => ({
        id: f.id,
        clientId: f.clientId,
        clientName: nameOf(f.clientId),
        title: f.title,
        dueOn: f.dueOn,
        late: f.dueOn < today,
      })),
      followUpsTotal,
      birthdays: born
        .map((c) => ({
          clientId: c.id,
          clientName: c.name,
          birthDate: c.birthDate,
          on: days.get(c.birthDate.slice(5))!,
        }))
        .sort((a, b) => a.on.localeCompare(b.on) || a.clientName.localeCompare(b.clientName)),
    };
  }

  private insertFollowUps(clientId: string, activityId: string, followUps: readonly FollowUpData[]): void {
    const now = this.nowIso();
    for (const followUp of followUps) {
      this.repository().insertFollowUp(randomUUID(), clientId, followUp, activityId, now);
    }
  }
}
