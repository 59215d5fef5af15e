import { randomUUID } from 'node:crypto';
import {
  activationProblems,
  applicationProblems,
  classOn,
  evidenceProblems,
  problemPath,
  problemText,
  reversionProblems,
  type ClassApplication,
  type ClassProblem,
  type InvestorClass,
} from '../../../../shared/features/investor-classes';
import type { ChannelArgs } from '../../../../shared/ipc/contract';
import { AppError } from '../../../../shared/ipc/result';
import { today } from '../../../../shared/kernel/dates';
import type { Settings } from '../../../../shared/features/settings';
import type { ClientsService } from '../clients';
import type { InvestorClassRepository } from './repository';

/**
 * Refuses a change with the shared rules' reasons: `problems` for a screen to word in its own
 * language, `issues` already in zh-TW for every front end that shows issues (the CLI, a form).
 * Never the client's amounts or data: only which document, which criterion and its threshold.
 */
function refuse(problems: readonly ClassProblem[]): never {
  throw new AppError(
    'VALIDATION',
    `investor class change refused: ${problems.map((p) => p.code).join(', ')}`,
    {
      problems,
      issues: problems.map((problem) => ({
        path: problemPath(problem),
        message: problemText(problem, 'zh-TW'),
      })),
    },
  );
}

/**
 * Investor classes: applications with their evidence, activation and reversion, and the class in
 * effect on a day. Runs inside the router's unit of work (no transactions, no audit here).
 */
export class InvestorClassService {
  constructor(
    private readonly repository: () => InvestorClassRepository,
    private readonly clients: ClientsService,
    private readonly settings: () => Settings,
    private readonly now: () => number,
  ) {}

  /** Merging a duplicate dossier (clients.merge): the applications move to the client kept. */
  mergeClient(fromId: string, intoId: string): number {
    return this.repository().mergeClient(fromId, intoId);
  }

  /** Today's calendar day in the firm's time zone. */
  private today(): string {
    return today(this.settings().timeZone, new Date(this.now()));
  }

  list(clientId: string): ClassApplication[] {
    this.clients.get(clientId);
    return this.repository().ofClient(clientId);
  }

  /** The class in effect for a client on a day (YYYY-MM-DD): general when none is. */
  classOn(clientId: string, day: string): InvestorClass {
    return classOn(this.repository().ofClient(clientId), day).investorClass;
  }

  current(clientId: string, day = this.today()) {
    return { day, ...classOn(this.list(clientId), day) };
  }

  apply(input: ChannelArgs<'classes.apply'>): ClassApplication {
    this.clients.requireLive(input.clientId);
    const problems = applicationProblems(input.appliedOn, this.today());
    if (problems.length > 0) refuse(problems);
    const id = randomUUID();
    this.repository().insertApplication({ ...input, id }, this.nowIso());
    return this.application(id);
  }

  addEvidence({ applicationId, ...evidence }: ChannelArgs<'classes.addEvidence'>): ClassApplication {
    const problems = evidenceProblems(this.application(applicationId), evidence, this.today());
    if (problems.length > 0) refuse(problems);
    this.repository().insertEvidence(applicationId, { id: randomUUID(), ...evidence }, this.nowIso());
    return this.application(applicationId);
  }

  activate({ applicationId, effectiveOn }: ChannelArgs<'classes.activate'>): ClassApplication {
    const application = this.application(applicationId);
    const others = this.repository().ofClient(application.clientId);
    const problems = activationProblems(
      application,
      others,
      effectiveOn,
      this.today(),
      this.settings().investorClasses,
    );
    if (problems.length > 0) refuse(problems);
    this.repository().insertActivation(applicationId, effectiveOn, this.nowIso());
    return this.application(applicationId);
  }

  revert({ applicationId, revertedOn, reason }: ChannelArgs<'classes.revert'>): ClassApplication {
    const problems = reversionProblems(this.application(applicationId), revertedOn, this.today());
    if (problems.length > 0) refuse(problems);
    this.repository().insertReversion(applicationId, revertedOn, reason, this.nowIso());
    return this.application(applicationId);
  }

  private application(id: string): ClassApplication {
    const application = this.repository().get(id);
    if (!application) throw new AppError('NOT_FOUND', 'no investor class application with that id');
    return application;
  }

  private nowIso(): string {
    return new Date(this.now()).toISOString();
  }
}
