import { randomUUID } from 'node:crypto';
import {
  complaintDeadlines,
  DATA_REQUEST_MAX_EXTENSION_DAYS,
  dataRequestDeadline,
  findContactMatches,
  type Complaint,
  type ComplaintData,
  type ComplaintState,
  type ContactHolder,
  type DataRequest,
  type DataRequestData,
  type MisconductFlag,
  type Party,
} from '../../../../shared/features/compliance';
import { isProfessional, type InvestorClass } from '../../../../shared/features/investor-classes';
import type { Settings } from '../../../../shared/features/settings';
import { addDays, calendarDay } from '../../../../shared/kernel/dates';
import { AppError } from '../../../../shared/ipc/result';
import type { ClientContacts } from '../clients';
import type { ComplaintRecord, ComplianceRepository, DataRequestRecord } from './repository';

/** What compliance reads of other features, through their services (never their tables). */
export interface ComplianceSources {
  clients: {
    get(id: string): { deletedAt?: string | null };
    /** NOT_FOUND for a deleted client: its tombstone takes no new records. */
    requireLive(id: string): unknown;
    namesOf(ids: readonly string[]): Map<string, string>;
    contactsOfEveryClient(): ClientContacts[];
  };
  products: { get(id: string): { nameZh: string } };
  investorClasses: { classOn(clientId: string, day: string): InvestorClass };
  /**
   * The client-deletion service (the clients feature): removes the personal data, keeps what
   * retention requires under a tombstone and answers until when; refuses with RETENTION_HOLD.
   */
  deletion: { deleteClient(clientId: string, reason: string): { retainUntil: string } };
}

/**
 * Complaints, personal-data requests and misconduct flags. Runs inside the router's unit of work
 * (no transactions or audit here). Deadlines are worked out for today in the firm's time zone.
 */
export class ComplianceService {
  constructor(
    private readonly repository: () => ComplianceRepository,
    private readonly sources: ComplianceSources,
    private readonly settings: () => Settings,
    private readonly now: () => number,
  ) {}

  /** Merging a duplicate dossier (clients.merge): complaints and data requests move to the client kept. */
  mergeClient(fromId: string, intoId: string): number {
    return this.repository().mergeClient(fromId, intoId);
  }

  today(): string {
    return calendarDay(new Date(this.now()), this.settings().timeZone)!;
  }

  private nowIso(): string {
    return new Date(this.now()).toISOString();
  }

  private notAfterToday(day: string, field: string[]): void {
    if (day > this.today()) {
      throw new AppError('VALIDATION', 'the date lies in the future', {
        issues: [{ path: field, message: 'validation.futureDate' }],
      });
    }
  }

  complaints(filter: { state?: ComplaintState; clientId?: string } = {}): Complaint[] {
    return this.complaintViews(this.repository().complaints(filter));
  }

  complaint(id: string): Complaint {
    return this.complaintViews([this.repository().complaint(id)])[0]!;
  }

  addComplaint(data: ComplaintData): Complaint {
    this.sources.clients.requireLive(data.clientId);
    if (data.productId !== null) this.sources.products.get(data.productId);
    this.notAfterToday(data.receivedOn, ['data', 'receivedOn']);
    // A professional investor on the day received is not a financial consumer: no Ombudsman route.
    const professional = isProfessional(this.sources.investorClasses.classOn(data.clientId, data.receivedOn));
    const id = randomUUID();
    this.repository().insertComplaint(id, data, !professional, this.nowIso());
    return this.complaint(id);
  }

  reply(id: string, version: number, reply: { reply: string; repliedOn: string }): Complaint {
    const current = this.repository().complaint(id);
    if (current.state !== 'open') throw new AppError('CONFLICT', 'the complaint was already answered');
    this.notAfterToday(reply.repliedOn, ['data', 'repliedOn']);
    if (reply.repliedOn < current.receivedOn) {
      throw new AppError('VALIDATION', 'the reply is dated before the complaint was received', {
        issues: [{ path: ['data', 'repliedOn'], message: 'validation.dateOrder' }],
      });
    }
    this.repository().replyToComplaint(id, version, reply.reply, reply.repliedOn, this.nowIso());
    return this.complaint(id);
  }

  close(id: string, version: number): Complaint {
    if (this.repository().complaint(id).state !== 'replied') {
      throw new AppError('CONFLICT', 'only a replied complaint can be closed');
    }
    this.repository().closeComplaint(id, version, this.nowIso());
    return this.complaint(id);
  }

  private complaintViews(records: ComplaintRecord[]): Complaint[] {
    const rules = this.settings().compliance;
    const today = this.today();
    const names = this.sources.clients.namesOf([...new Set(records.map((r) => r.clientId))]);
    return records.map((record) => ({
      ...record,
      clientName: names.get(record.clientId) ?? null,
      productName: record.productId === null ? null : this.productName(record.productId),
      ...complaintDeadlines(record, rules, today),
    }));
  }

  private productName(id: string): string | null {
    try {
      return this.sources.products.get(id).nameZh;
    } catch {
      return null;
    }
  }

  dataRequests(filter: { openOnly?: boolean; clientId?: string } = {}): DataRequest[] {
    return this.requestViews(this.repository().dataRequests(filter));
  }

  dataRequest(id: string): DataRequest {
    return this.requestViews([this.repository().dataRequest(id)])[0]!;
  }

  /** A copy request's record, while it may still be answered with a copy (see and copy requests). */
  copyRequest(id: string): DataRequestRecord {
    const request = this.repository().dataRequest(id);
    if (request.kind !== 'copy' && request.kind !== 'see') {
      throw new AppError('CONFLICT', 'only a see or copy request is answered with a copy of the data');
    }
    this.sources.clients.get(request.clientId);
    return request;
  }

  /** The client's name as the copy's header shows it; empty for a deleted client. */
  clientDeleted(clientId: string): boolean {
    return Boolean(this.sources.clients.get(clientId).deletedAt);
  }

  clientName(clientId: string): string {
    return this.sources.clients.namesOf([clientId]).get(clientId) ?? '';
  }

  addDataRequest(data: DataRequestData): DataRequest {
    // A deleted client may still ask: to see the kept records, or to have them purged once due.
    this.sources.clients.get(data.clientId);
    this.notAfterToday(data.receivedOn, ['data', 'receivedOn']);
    // The deadline is the one in force when the request came in: a later setting does not move it.
    const { dueOn } = dataRequestDeadline(
      { receivedOn: data.receivedOn, closedOn: null },
      this.settings().compliance.dataRequestDays[data.kind],
      this.today(),
    );
    const id = randomUUID();
    this.repository().insertDataRequest(id, data, dueOn, this.nowIso());
    return this.dataRequest(id);
  }

  closeDataRequest(
    id: string,
    version: number,
    close: { state: 'done' | 'refused'; outcome: string; closedOn: string },
  ): DataRequest {
    const current = this.repository().dataRequest(id);
    if (current.kind === 'delete' && close.state === 'done') {
      throw new AppError(
        'CONFLICT',
        'a delete request is carried out by deleting the client, not closed by hand',
      );
    }
    this.checkClosedOn(current, close.closedOn);
    this.repository().closeDataRequest(id, version, { ...close, retainedUntil: null }, this.nowIso());
    return this.dataRequest(id);
  }

  /**
   * Extends a request's deadline once, by the kind's period but at most what the law allows
   * (個人資料保護法 第 13 條), from the due day: the requester must have been told why, in writing,
   * by the due day.
   */
  extendDataRequest(
    id: string,
    version: number,
    extension: { extendedOn: string; reason: string },
  ): DataRequest {
    const current = this.repository().dataRequest(id);
    this.checkClosedOn(current, extension.extendedOn, 'extendedOn');
    if (extension.extendedOn > current.dueOn) {
      throw new AppError('VALIDATION', 'the extension comes after the due day', {
        issues: [{ path: ['data', 'extendedOn'], message: 'validation.extensionAfterDue' }],
      });
    }
    const days = Math.min(
      this.settings().compliance.dataRequestDays[current.kind],
      DATA_REQUEST_MAX_EXTENSION_DAYS[current.kind],
    );
    const dueOn = addDays(current.dueOn, days);
    this.repository().extendDataRequest(id, version, { ...extension, dueOn }, this.nowIso());
    return this.dataRequest(id);
  }

  /** Carries out a delete request: the deletion service removes the personal data; the request is done. */
  deleteClientFor(id: string, reason: string): DataRequest {
    const current = this.repository().dataRequest(id);
    if (current.kind !== 'delete') throw new AppError('CONFLICT', 'this request does not ask for deletion');
    if (current.state !== 'open') throw new AppError('CONFLICT', 'the request is already closed');
    const { retainUntil } = this.sources.deletion.deleteClient(current.clientId, reason);
    const today = this.today();
    this.repository().closeDataRequest(
      id,
      current.version,
      {
        state: 'done',
        outcome: reason,
        closedOn: today,
        // The retention timer: the kept records (and their tombstone) go on that day.
        retainedUntil: retainUntil,
      },
      this.nowIso(),
    );
    return this.dataRequest(id);
  }

  /** A day in the request's life (closed, extended): not in the future, not before it came in. */
  private checkClosedOn(request: DataRequestRecord, day: string, field = 'closedOn'): void {
    this.notAfterToday(day, ['data', field]);
    if (day < request.receivedOn) {
      throw new AppError('VALIDATION', 'the day is before the request was received', {
        issues: [{ path: ['data', field], message: 'validation.dateOrder' }],
      });
    }
  }

  private requestViews(records: DataRequestRecord[]): DataRequest[] {
    const today = this.today();
    const names = this.sources.clients.namesOf([...new Set(records.map((r) => r.clientId))]);
    return records.map(({ extendedOn, extensionReason, dueBeforeExtension, ...record }) => ({
      ...record,
      clientName: names.get(record.clientId) ?? null,
      overdue: record.closedOn === null ? today > record.dueOn : record.closedOn > record.dueOn,
      extension:
        extendedOn === null
          ? null
          : { extendedOn, reason: extensionReason ?? '', previousDueOn: dueBeforeExtension ?? record.dueOn },
    }));
  }

  /** Pairs sharing an address, email or phone: open ones, and reviewed ones when asked. */
  flags(includeReviewed = false): MisconductFlag[] {
    const clients = this.sources.clients.contactsOfEveryClient();
    const names = new Map(clients.map((c) => [c.id, c.name]));
    const holders: ContactHolder[] = [
      ...this.settings().compliance.advisors.map((advisor) => ({
        party: { kind: 'advisor', name: advisor.name } as const,
        address: advisor.address,
        email: advisor.email,
        phone: advisor.phone,
      })),
      ...clients.map((client) => ({ party: { kind: 'client', id: client.id } as const, ...client })),
    ];
    const reviews = this.repository().reviews();
    const party = (p: Party) =>
      p.kind === 'advisor'
        ? { kind: 'advisor' as const, clientId: null, name: p.name }
        : { kind: 'client' as const, clientId: p.id, name: names.get(p.id) ?? '' };
    return findContactMatches(holders)
      .map((match) => ({
        key: match.key,
        field: match.field,
        parties: [party(match.parties[0]), party(match.parties[1])] as MisconductFlag['parties'],
        review: reviews.get(match.key) ?? null,
      }))
      .filter((flag) => includeReviewed || flag.review === null);
  }

  reviewFlag(key: string, note: string): MisconductFlag {
    const flag = this.flags(true).find((f) => f.key === key);
    if (!flag) throw new AppError('NOT_FOUND', 'no such flag (the contact details may have changed)');
    const reviewer = this.settings().advisorName || '—';
    const review = { reviewer, note, reviewedAt: this.nowIso() };
    this.repository().saveReview(key, review);
    return { ...flag, review };
  }
}
