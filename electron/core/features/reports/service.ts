import {
  CLIENT_STATUSES,
  type ClientListQuery,
  type ClientStatus,
  type ClientSummary,
} from '../../../../shared/features/clients';
import type {
  BookClientRow,
  BookReport,
  BookReportQuery,
  BookTierLine,
} from '../../../../shared/features/reports';
import type { Settings } from '../../../../shared/features/settings';
import { calendarDay, daysBetween } from '../../../../shared/kernel/dates';
import { MAX_PAGE_SIZE } from '../../../../shared/kernel/limits';
import { AppError } from '../../../../shared/ipc/result';
import type { ActivitiesBookSource } from '../activities';
import type { ReportsRepository } from './repository';

/** What the report reads of the other features, through their services. */
export interface BookSources {
  clients: { list(query: ClientListQuery): { total: number; items: ClientSummary[] } };
  tiers: { storedTiers(): Map<string, { tierKey: string; inService: boolean }> };
  activities: ActivitiesBookSource & { lastContacts(): Map<string, { lastContact?: string }> };
  pipeline: { openedBetween(from: string, to: string): number };
  escalations: { unresolved(): { clientId: string; overdue: boolean }[] };
}

const DAYS_PER_PERIOD = { month: 365.25 / 12, quarter: 365.25 / 4 } as const;

const round2 = (value: number) => Math.round(value * 100) / 100;

function emptyLine(tierKey: string | null): BookTierLine {
  const byStatus = Object.fromEntries(CLIENT_STATUSES.map((s) => [s, 0])) as Record<ClientStatus, number>;
  return { tierKey, clients: 0, byStatus, assetsTwd: 0, contacts: 0, visits: 0, planMet: 0, planMissed: 0 };
}

function addTo(line: BookTierLine, row: BookClientRow): void {
  line.clients += 1;
  line.byStatus[row.status] += 1;
  line.assetsTwd = round2(line.assetsTwd + row.assetsTwd);
  line.contacts += row.contacts;
  line.visits += row.visits;
  if (row.planMet === true) line.planMet += 1;
  if (row.planMet === false) line.planMissed += 1;
}

/**
 * The relationship maintenance and management report (O1.2.1): clients by tier and status,
 * contacts and visits against the service plans, satisfaction, new accounts against the target,
 * assets and their change, open follow-ups and escalations; for the book or one client.
 */
export class ReportsService {
  constructor(
    private readonly repository: () => ReportsRepository,
    private readonly sources: BookSources,
    private readonly settings: () => Settings,
    private readonly now: () => number,
  ) {}

  /** Merging a duplicate dossier (clients.merge): the asset snapshots join the client kept's. */
  mergeClient(fromId: string, intoId: string): number {
    return this.repository().mergeClient(fromId, intoId);
  }

  private today(): string {
    return calendarDay(new Date(this.now()), this.settings().timeZone)!;
  }

  report({ from, to, clientId }: BookReportQuery): BookReport {
    const settings = this.settings();
    const today = this.today();
    const clients = this.liveClients().filter((c) => clientId === undefined || c.id === clientId);
    if (clientId !== undefined && clients.length === 0)
      throw new AppError('NOT_FOUND', 'no live client with that id');
    const tiers = this.sources.tiers.storedTiers();
    const figures = this.sources.activities.periodFigures(from, to);
    const followUps = this.sources.activities.openFollowUps(today);
    const escalations = this.sources.escalations.unresolved();
    const lastContacts = this.sources.activities.lastContacts();
    const days = daysBetween(from, to) + 1;
    const planOf = (key: string) => settings.tiers.tiers.find((t) => t.key === key)?.plan ?? null;

    const rows = clients.map((client): BookClientRow => {
      const tier = tiers.get(client.id) ?? null;
      const plan = tier?.inService ? planOf(tier.tierKey) : null;
      const period = figures.get(client.id) ?? { contacts: 0, visits: 0, scores: [] };
      const required = plan === null ? null : Math.max(1, Math.floor(days / plan.contactEveryDays));
      const open = escalations.filter((e) => e.clientId === client.id);
      const scores = period.scores;
      return {
        clientId: client.id,
        name: client.name,
        status: client.status,
        tierKey: tier?.tierKey ?? null,
        assetsTwd: client.totalAssetsTwd.twd,
        contacts: period.contacts,
        visits: period.visits,
        contactsRequired: required,
        planMet: required === null ? null : period.contacts >= required,
        lastContact: lastContacts.get(client.id)?.lastContact ?? null,
        satisfaction: scores.length === 0 ? null : round2(scores.reduce((a, b) => a + b, 0) / scores.length),
        openFollowUps: followUps.get(client.id)?.open ?? 0,
        overdueFollowUps: followUps.get(client.id)?.overdue ?? 0,
        openEscalations: open.length,
      };
    });
    return {
      from,
      to,
      clientId: clientId ?? null,
      ...this.byTier(rows, settings),
      satisfaction: this.satisfaction(clients.map((c) => figures.get(c.id)?.scores ?? []).flat()),
      accounts: clientId === undefined ? this.accounts(from, to, days, settings) : null,
      assets: this.assets(rows, from, clientId),
      followUps: {
        open: rows.reduce((sum, r) => sum + r.openFollowUps, 0),
        overdue: rows.reduce((sum, r) => sum + r.overdueFollowUps, 0),
      },
      escalations: {
        open: rows.reduce((sum, r) => sum + r.openEscalations, 0),
        overdue: escalations.filter((e) => e.overdue && rows.some((r) => r.clientId === e.clientId)).length,
      },
      clients: rows,
    };
  }

  /** Records each live client's assets today, so a later report can show the change since. */
  snapshot(report: BookReport): void {
    if (report.clientId !== null) return;
    this.repository().saveSnapshot(
      this.today(),
      new Map(report.clients.map((r) => [r.clientId, r.assetsTwd])),
    );
  }

  eraseClient(clientId: string): number {
    return this.repository().eraseClient(clientId);
  }

  /** The client's assets as each exported book report recorded them. */
  snapshotsOf(clientId: string): { day: string; assetsTwd: number }[] {
    return this.repository().snapshotsOf(clientId);
  }

  private liveClients(): ClientSummary[] {
    const clients: ClientSummary[] = [];
    for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
      const page = this.sources.clients.list({ sort: 'name', offset, limit: MAX_PAGE_SIZE });
      clients.push(...page.items.filter((c) => !c.deleted));
      if (offset + MAX_PAGE_SIZE >= page.total) return clients;
    }
  }

  private byTier(rows: readonly BookClientRow[], settings: Settings): Pick<BookReport, 'byTier' | 'totals'> {
    const order = [...settings.tiers.tiers.map((t) => t.key as string | null), null];
    const lines = new Map(order.map((key) => [key, emptyLine(key)]));
    const totals = emptyLine(null);
    for (const row of rows) {
      // A tier since removed from the settings is reported as not tiered.
      addTo(lines.get(row.tierKey) ?? lines.get(null)!, row);
      addTo(totals, row);
    }
    return { byTier: [...lines.values()].filter((line) => line.clients > 0), totals };
  }

  private satisfaction(scores: readonly number[]): BookReport['satisfaction'] {
    const byScore = [1, 2, 3, 4, 5].map((score) => scores.filter((s) => s === score).length);
    const average = scores.length === 0 ? null : round2(scores.reduce((a, b) => a + b, 0) / scores.length);
    return { interviews: scores.length, average, byScore };
  }

  private accounts(from: string, to: string, days: number, settings: Settings): BookReport['accounts'] {
    const { targetAccounts, targetPeriod } = settings.pipeline;
    return {
      opened: this.sources.pipeline.openedBetween(from, to),
      target: Math.round((targetAccounts * days) / DAYS_PER_PERIOD[targetPeriod]),
    };
  }

  private assets(rows: readonly BookClientRow[], from: string, clientId?: string): BookReport['assets'] {
    const start = this.repository().snapshotOnOrBefore(from, clientId);
    return {
      now: round2(rows.reduce((sum, r) => sum + r.assetsTwd, 0)),
      atStart: start?.totalTwd ?? null,
      startOn: start?.day ?? null,
    };
  }
}
