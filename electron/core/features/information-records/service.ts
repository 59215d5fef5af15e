import { randomUUID } from 'node:crypto';
import type {
  InformationGivenData,
  InformationListFilter,
  InformationRecord,
  InformationReport,
  ReportGrouping,
  ReportLine,
} from '../../../../shared/features/information-records';
import type { Settings } from '../../../../shared/features/settings';
import { calendarDay } from '../../../../shared/kernel/dates';
import { AppError } from '../../../../shared/ipc/result';
import type { InformationRecordsRepository, StoredInformationRecord } from './repository';

/** What the records read of other features and of the session, through their services. */
export interface InformationRecordsSources {
  clients: {
    /** NOT_FOUND for an unknown or deleted client: a tombstone receives nothing new. */
    requireLive(id: string): unknown;
    namesOf(ids: readonly string[]): Map<string, string>;
  };
  /** The session's advisor, as the audit trail names its actor. */
  advisor(): string;
}

/**
 * Records of information given (O2.2.1). Runs inside the router's unit of work (no transactions
 * or audit here). A record is never edited or removed: it is what the client was given.
 */
export class InformationRecordsService {
  constructor(
    private readonly repository: () => InformationRecordsRepository,
    private readonly sources: InformationRecordsSources,
    private readonly settings: () => Settings,
    private readonly now: () => number,
  ) {}

  /** Merging a duplicate dossier (clients.merge): the client kept becomes the recipient. */
  mergeClient(fromId: string, intoId: string): number {
    return this.repository().mergeClient(fromId, intoId);
  }

  today(): string {
    return calendarDay(new Date(this.now()), this.settings().timeZone)!;
  }

  add(data: InformationGivenData): InformationRecord {
    data.clientIds.forEach((id) => this.sources.clients.requireLive(id));
    if (data.givenOn > this.today()) {
      throw new AppError('VALIDATION', 'the date lies in the future', {
        issues: [{ path: ['data', 'givenOn'], message: 'validation.futureDate' }],
      });
    }
    const id = randomUUID();
    this.repository().insert(id, data, this.sources.advisor(), new Date(this.now()).toISOString());
    return this.views(this.repository().list({ id }))[0]!;
  }

  list(filter: InformationListFilter = {}): InformationRecord[] {
    return this.views(this.repository().list(filter));
  }

  /** Every material given to every client in the period, grouped by material or by client. */
  report(from: string, to: string, by: ReportGrouping): InformationReport {
    const lines: ReportLine[] = this.list({ from, to }).flatMap((record) =>
      record.recipients.map((recipient) => ({
        givenOn: record.givenOn,
        material: record.material,
        ...recipient,
        method: record.method,
        givenBy: record.givenBy,
      })),
    );
    const groups = new Map<string, InformationReport['groups'][number]>();
    for (const line of lines.reverse()) {
      const key =
        by === 'client'
          ? line.clientId
          : `${line.material.kind}:${line.material.refId ?? line.material.title}`;
      const label = by === 'client' ? line.clientName : line.material.title;
      const group = groups.get(key) ?? { key, label, lines: [] };
      group.lines.push(line);
      groups.set(key, group);
    }
    const ordered = [...groups.values()].sort(
      (a, b) =>
        (a.label ?? '\uffff').localeCompare(b.label ?? '\uffff', 'zh-TW') || a.key.localeCompare(b.key),
    );
    return { from, to, by, groups: ordered };
  }

  private views(records: StoredInformationRecord[]): InformationRecord[] {
    const names = this.sources.clients.namesOf([...new Set(records.flatMap((r) => r.clientIds))]);
    return records.map(({ clientIds, ...record }) => ({
      ...record,
      recipients: clientIds
        .map((clientId) => ({ clientId, clientName: names.get(clientId) || null }))
        .sort((a, b) => (a.clientName ?? '\uffff').localeCompare(b.clientName ?? '\uffff', 'zh-TW')),
    }));
  }
}
