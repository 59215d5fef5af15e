import { randomUUID } from 'node:crypto';
import { goalIssues, type Goal, type GoalData } from '../../../../shared/features/goals';
import type { Settings } from '../../../../shared/features/settings';
import { calendarDay } from '../../../../shared/kernel/dates';
import { AppError } from '../../../../shared/ipc/result';
import type { ClientsService } from '../clients';
import type { GoalsRepository } from './repository';

/**
 * A client's financial-planning goals. Runs inside the router's unit of work (no transactions or
 * audit here). Proposals copy a client's goals through `listOf`.
 */
export class GoalsService {
  constructor(
    private readonly repository: () => GoalsRepository,
    private readonly clients: ClientsService,
    private readonly settings: () => Settings,
    private readonly now: () => number,
  ) {}

  /** Merging a duplicate dossier (clients.merge): the goals move to the client kept. */
  mergeClient(fromId: string, intoId: string): number {
    return this.repository().mergeClient(fromId, intoId);
  }

  private nowIso(): string {
    return new Date(this.now()).toISOString();
  }

  /** Client deletion: goals are personal data no record rule keeps (docs/retention.md). */
  eraseClient(clientId: string): number {
    return this.repository().eraseClient(clientId);
  }

  /** A client's goals, by target date (NOT_FOUND for an unknown client). */
  listOf(clientId: string): Goal[] {
    this.clients.get(clientId);
    return this.repository().listOf(clientId);
  }

  get(id: string): Goal {
    const goal = this.repository().get(id);
    if (!goal) throw new AppError('NOT_FOUND', 'no goal with that id');
    return goal;
  }

  create(clientId: string, data: GoalData): Goal {
    this.check(clientId, data, true);
    const id = randomUUID();
    this.repository().insert(id, clientId, data, this.nowIso());
    return this.get(id);
  }

  update(id: string, version: number, data: GoalData): Goal {
    const current = this.get(id);
    // A goal already past its date may be corrected; only a new one must lie ahead.
    this.check(current.clientId, data, false);
    this.repository().update(id, version, data, this.nowIso());
    return this.get(id);
  }

  delete(id: string, version: number): Goal {
    const current = this.get(id);
    this.repository().delete(id, version);
    return current;
  }

  private check(clientId: string, data: GoalData, isNew: boolean): void {
    const client = this.clients.requireLive(clientId);
    const today = calendarDay(new Date(this.now()), this.settings().timeZone)!;
    const issues = goalIssues(data, { today, birthDate: client.birthDate, isNew });
    if (issues.length > 0) {
      throw new AppError('VALIDATION', `the goal has ${issues.length} problem(s)`, {
        issues: issues.map((issue) => ({ path: ['data', ...issue.path], message: issue.message })),
      });
    }
  }
}
