import { randomUUID } from 'node:crypto';
import {
  escalationDueAt,
  escalationOverdue,
  FEEDBACK_TAGS,
  FEEDBACK_TOPICS,
  type Escalation,
  type EscalationData,
  type EscalationFilter,
  type Feedback,
  type FeedbackData,
  type FeedbackReport,
  type FeedbackTopic,
} from '../../../../shared/features/escalations';
import type { Settings } from '../../../../shared/features/settings';
import { calendarDay } from '../../../../shared/kernel/dates';
import { AppError } from '../../../../shared/ipc/result';
import type { EscalationRecord, EscalationsRepository, FeedbackRecord } from './repository';

/** What this feature reads of other features, through their services (never their tables). */
export interface EscalationSources {
  clients: {
    /** NOT_FOUND for a deleted client: its tombstone takes no new records. */
    requireLive(id: string): unknown;
    namesOf(ids: readonly string[]): Map<string, string>;
  };
  products: { get(id: string): { nameZh: string } };
}

const refuse = (path: string[], message: string, why: string) =>
  new AppError('VALIDATION', why, { issues: [{ path, message }] });

/** Each `YYYY-MM` from the month of `from` to the month of `to`. */
function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

/**
 * Client feedback and anomaly escalations. Runs inside the router's unit of work (no transactions
 * or audit here). Due times follow the firm's response hours by severity.
 */
export class EscalationsService {
  constructor(
    private readonly repository: () => EscalationsRepository,
    private readonly sources: EscalationSources,
    private readonly settings: () => Settings,
    private readonly now: () => number,
  ) {}

  /** Merging a duplicate dossier (clients.merge): escalations and feedback move to the client kept. */
  mergeClient(fromId: string, intoId: string): number {
    return this.repository().mergeClient(fromId, intoId);
  }

  private today(): string {
    return calendarDay(new Date(this.now()), this.settings().timeZone)!;
  }

  feedback(filter: { clientId?: string; from?: string; to?: string } = {}): Feedback[] {
    return this.feedbackViews(this.repository().feedback(filter));
  }

  addFeedback(data: FeedbackData): Feedback {
    this.sources.clients.requireLive(data.clientId);
    if (data.productId !== null) this.sources.products.get(data.productId);
    if (data.receivedOn > this.today()) {
      throw refuse(['data', 'receivedOn'], 'validation.futureDate', 'the date lies in the future');
    }
    const id = randomUUID();
    this.repository().insertFeedback(id, data, new Date(this.now()).toISOString());
    return this.feedbackViews(this.repository().feedback({ clientId: data.clientId })).find(
      (f) => f.id === id,
    )!;
  }

  /** Feedback in the period counted by tag (an entry with two tags counts under each) and month. */
  feedbackReport(from: string, to: string): FeedbackReport {
    const entries = this.repository().feedback({ from, to });
    const months = monthsOf(from, to);
    const rows = FEEDBACK_TAGS.map((tag) => {
      const tagged = entries.filter((e) => e.tags.includes(tag));
      const byTopic = Object.fromEntries(FEEDBACK_TOPICS.map((topic) => [topic, 0])) as Record<
        FeedbackTopic,
        number
      >;
      for (const entry of tagged) byTopic[entry.topic] += 1;
      return {
        tag,
        byMonth: months.map((month) => tagged.filter((e) => e.receivedOn.startsWith(month)).length),
        total: tagged.length,
        byTopic,
      };
    }).filter((row) => row.total > 0);
    return { from, to, months, rows, entries: entries.length };
  }

  escalations(filter: { state?: EscalationFilter; clientId?: string } = {}): Escalation[] {
    return this.escalationViews(this.repository().escalations(filter));
  }

  /** Open and in-progress escalations, most urgent first (the dashboard, the home page). */
  unresolved(): Escalation[] {
    return this.escalations({ state: 'unresolved' });
  }

  escalation(id: string): Escalation {
    return this.escalationViews([this.repository().escalation(id)])[0]!;
  }

  raise(data: EscalationData): Escalation {
    this.sources.clients.requireLive(data.clientId);
    const now = this.now();
    if (Date.parse(data.raisedAt) > now) {
      throw refuse(['data', 'raisedAt'], 'validation.futureTime', 'noticed in the future');
    }
    if (Date.parse(data.toldAt) > now)
      throw refuse(['data', 'toldAt'], 'validation.futureTime', 'told in the future');
    if (Date.parse(data.toldAt) < Date.parse(data.raisedAt)) {
      throw refuse(['data', 'toldAt'], 'validation.toldBeforeRaised', 'told before it was noticed');
    }
    const normalised = {
      ...data,
      raisedAt: new Date(data.raisedAt).toISOString(),
      toldAt: new Date(data.toldAt).toISOString(),
    };
    const id = randomUUID();
    const dueAt = escalationDueAt(normalised.raisedAt, data.severity, this.settings().escalations);
    this.repository().insertEscalation(id, normalised, dueAt, new Date(now).toISOString());
    return this.escalation(id);
  }

  /** Records a step taken and the state it leaves; `resolved` closes the escalation. */
  act(id: string, version: number, action: { text: string; state: Escalation['state'] }): Escalation {
    const by = this.settings().advisorName || '—';
    this.repository().addAction(id, version, { ...action, at: new Date(this.now()).toISOString(), by });
    return this.escalation(id);
  }

  /** Client deletion: feedback goes; escalations stay, as complaints do (docs/retention.md). */
  eraseClient(clientId: string): number {
    return this.repository().eraseClientFeedback(clientId);
  }

  private feedbackViews(records: FeedbackRecord[]): Feedback[] {
    const names = this.sources.clients.namesOf([...new Set(records.map((r) => r.clientId))]);
    return records.map((record) => ({
      ...record,
      tags: FEEDBACK_TAGS.filter((tag) => record.tags.includes(tag)),
      clientName: names.get(record.clientId) ?? null,
      productName: record.productId === null ? null : this.sources.products.get(record.productId).nameZh,
    }));
  }

  private escalationViews(records: EscalationRecord[]): Escalation[] {
    const names = this.sources.clients.namesOf([...new Set(records.map((r) => r.clientId))]);
    const now = this.now();
    return records.map((record) => ({
      ...record,
      clientName: names.get(record.clientId) ?? null,
      overdue: escalationOverdue(record.dueAt, record.resolvedAt, now),
    }));
  }
}
