import {
  FUNNEL_STAGES,
  periodOf,
  previousPeriodOf,
  type PipelineEntry,
  type PipelineMove,
  type PipelinePeriod,
  type PipelineReport,
} from '../../../../shared/features/pipeline';
import { ACQUISITION_SOURCES, type AcquisitionSource } from '../../../../shared/features/clients';
import type { Settings } from '../../../../shared/features/settings';
import { addDays, addMonths, calendarDay } from '../../../../shared/kernel/dates';
import { AppError } from '../../../../shared/ipc/result';
import type { PipelineRepository, StoredEntry } from './repository';

/** What the pipeline reads of the clients feature, through its service. */
export interface PipelineSources {
  clients: {
    /** NOT_FOUND for a deleted client. */
    requireLive(id: string): { acquisitionSource: AcquisitionSource };
    get(id: string): { acquisitionSource: AcquisitionSource };
    namesOf(ids: readonly string[]): Map<string, string>;
  };
}

const refuse = (path: string[], message: string, why: string) =>
  new AppError('VALIDATION', why, { issues: [{ path, message }] });

const CLOSED = new Set(['account_opened', 'lost']);

/** How far along the funnel an entry got: the furthest stage in its history (a loss keeps it). */
function reachedIndex(entry: StoredEntry): number {
  return Math.max(...entry.history.map((move) => FUNNEL_STAGES.indexOf(move.stage as never)));
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/**
 * Prospects from lead to an opened account (P1.1.1): moves, accounts opened against the firm's
 * target with the growth on the previous period, and conversions by stage and by source.
 */
export class PipelineService {
  constructor(
    private readonly repository: () => PipelineRepository,
    private readonly sources: PipelineSources,
    private readonly settings: () => Settings,
    private readonly now: () => number,
  ) {}

  /** Merging a duplicate dossier (clients.merge): one entry, at the more advanced stage, with both histories. */
  mergeClient(fromId: string, intoId: string): number {
    return this.repository().mergeClient(fromId, intoId);
  }

  private today(): string {
    return calendarDay(new Date(this.now()), this.settings().timeZone)!;
  }

  list(includeClosed = false): PipelineEntry[] {
    return this.views(this.repository().entries({ includeClosed }));
  }

  move(move: PipelineMove): PipelineEntry {
    this.sources.clients.requireLive(move.clientId);
    if (move.on > this.today())
      throw refuse(['data', 'on'], 'validation.futureDate', 'the day lies in the future');
    const current = this.repository().entry(move.clientId);
    if (current && CLOSED.has(current.stage)) {
      throw refuse(
        ['data', 'stage'],
        'validation.pipelineClosed',
        'the prospect opened an account or was lost',
      );
    }
    if (current && move.on < current.since) {
      throw refuse(['data', 'on'], 'validation.stageBeforeLast', 'dated before the previous stage');
    }
    this.repository().move(
      move.clientId,
      move.stage,
      move.on,
      move.stage === 'lost' ? move.lostReason : null,
    );
    return this.views([this.repository().entry(move.clientId)!])[0]!;
  }

  report(on = this.today(), period: PipelinePeriod = this.settings().pipeline.targetPeriod): PipelineReport {
    const repository = this.repository();
    const current = periodOf(on, period);
    const previous = previousPeriodOf(on, period);
    const opened = (p: { from: string; to: string }) => ({
      ...p,
      opened: repository.openedBetween(p.from, p.to),
    });
    const [now, before] = [opened(current), opened(previous)];
    const { targetAccounts, targetPeriod } = this.settings().pipeline;
    // A monthly target is tripled for a quarter, a quarterly one divided (rounded up) for a month.
    const target =
      targetPeriod === period
        ? targetAccounts
        : period === 'quarter'
          ? targetAccounts * 3
          : Math.ceil(targetAccounts / 3);

    const funnelFrom = addDays(addMonths(on, -12), 1);
    const cohort = repository
      .entries({ includeClosed: true, enteredFrom: funnelFrom })
      .filter((e) => e.enteredOn <= on);
    const reached = FUNNEL_STAGES.map((_, index) => cohort.filter((e) => reachedIndex(e) >= index).length);
    const sourceOf = new Map(
      cohort.map((e) => [e.clientId, this.sources.clients.get(e.clientId).acquisitionSource]),
    );
    const bySource = ACQUISITION_SOURCES.map((source) => {
      const entries = cohort.filter((e) => sourceOf.get(e.clientId) === source);
      const openedCount = entries.filter((e) => e.history.some((m) => m.stage === 'account_opened')).length;
      return {
        source,
        entered: entries.length,
        opened: openedCount,
        lost: entries.filter((e) => e.stage === 'lost').length,
        conversion: ratio(openedCount, entries.length),
      };
    }).filter((row) => row.entered > 0);

    return {
      period,
      current: now,
      previous: before,
      target,
      growthRate: before.opened === 0 ? null : (now.opened - before.opened) / before.opened,
      funnel: FUNNEL_STAGES.map((stage, index) => ({
        stage,
        reached: reached[index]!,
        conversion: index === 0 ? null : ratio(reached[index]!, reached[index - 1]!),
      })),
      funnelFrom,
      bySource,
    };
  }

  /** Accounts opened from one day to another, both included (the relationship report). */
  openedBetween(from: string, to: string): number {
    return this.repository().openedBetween(from, to);
  }

  /** Client deletion: the prospect's stages go with the dossier. */
  eraseClient(clientId: string): number {
    return this.repository().eraseClient(clientId);
  }

  private views(entries: StoredEntry[]): PipelineEntry[] {
    const names = this.sources.clients.namesOf(entries.map((e) => e.clientId));
    return entries.map((entry) => ({
      ...entry,
      clientName: names.get(entry.clientId) ?? null,
      source: this.sources.clients.get(entry.clientId).acquisitionSource,
    }));
  }
}
