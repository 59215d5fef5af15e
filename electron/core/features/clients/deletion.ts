import { retentionYearsOf, type ClientDeletion } from '../../../../shared/features/clients';
import { addMonths } from '../../../../shared/kernel/dates';
import type { Settings } from '../../../../shared/features/settings';
import { calendarDay } from '../../../../shared/kernel/dates';
import { AppError } from '../../../../shared/ipc/result';
import type { ClientsRepository } from './repository';
import type { ClientTombstones } from './tombstones';

/** Removes one client's personal data held by another feature (holdings, goals, draft proposals). */
export type PersonalDataEraser = (clientId: string) => number;

/**
 * Client deletion, distinct from archiving (status 閉戶 keeps everything). See docs/retention.md.
 *
 * The first deletion removes the personal data no rule keeps (contact details, notes, assets,
 * tags, household links, holdings, goals, draft proposals), keeps the records the AML and
 * record-keeping rules require (KYC assessments, suitability checks and overrides, presented
 * proposals and decisions, investor-class evidence) with the identification that ties them to the
 * person, and leaves a tombstone. The relationship ended on the day the client was closed (or
 * today); the records are kept `retentionYears` after that, by the later of the day stored at
 * deletion and the day under the current setting. Asked again before that day, it
 * refuses (RETENTION_HOLD); after it, it purges the kept records and the identification. The
 * audit trail is never touched. Runs in the router's unit of work: no transaction, no audit here.
 */
export class ClientDeletionService {
  constructor(
    private readonly clients: () => ClientsRepository,
    private readonly tombstones: () => ClientTombstones,
    private readonly erasers: readonly PersonalDataEraser[],
    private readonly settings: () => Settings,
    private readonly now: () => number,
  ) {}

  deleteClient(clientId: string, reason: string): ClientDeletion {
    const record = this.clients().get(clientId);
    if (!record) throw new AppError('NOT_FOUND', 'no client with that id');
    const at = new Date(this.now()).toISOString();
    const today = this.day(at);
    const existing = this.tombstones().get(clientId);
    if (existing) {
      const kept = {
        relationshipEndedOn: existing.relationshipEndedOn,
        retainUntil: this.laterOf(existing.retainUntil, this.retainUntil(existing.relationshipEndedOn)),
      };
      if (existing.purgedAt !== null) {
        throw new AppError('NOT_FOUND', 'the client was deleted and its kept records purged already');
      }
      if (today <= kept.retainUntil) {
        throw new AppError(
          'RETENTION_HOLD',
          `the records kept for this deleted client are held until ${kept.retainUntil}`,
          kept,
        );
      }
      this.tombstones().purge(clientId, at);
      return { id: clientId, outcome: 'purged', ...kept };
    }
    // A closed client's relationship ended when it was closed (its last change); otherwise today.
    const relationshipEndedOn = record.status === 'closed' ? this.day(record.updatedAt) : today;
    const retainUntil = this.retainUntil(relationshipEndedOn);
    for (const erase of this.erasers) erase(clientId);
    this.tombstones().bury(clientId, {
      deletedAt: at,
      reason,
      relationshipEndedOn,
      retainUntil,
      retained: { name: record.name, nationalId: record.nationalId, birthDate: record.birthDate },
    });
    return { id: clientId, outcome: 'tombstone', relationshipEndedOn, retainUntil };
  }

  /** The last day of keeping under the firm's current setting. */
  private retainUntil(relationshipEndedOn: string): string {
    return addMonths(relationshipEndedOn, 12 * retentionYearsOf(this.settings()));
  }

  /**
   * The stored day is the promise made at deletion; a setting raised since keeps the records
   * longer (a rule that asks for more years applies to records still kept), never shorter.
   */
  private laterOf(a: string, b: string): string {
    return a >= b ? a : b;
  }

  private day(instant: string): string {
    return calendarDay(instant, this.settings().timeZone) ?? instant.slice(0, 10);
  }
}
