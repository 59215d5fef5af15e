import { calendarDay, daysBetween } from '../../../../shared/kernel/dates';
import type { DashboardCard } from '../../../../shared/features/compliance';
import type { AuditChainVerdict, BackupStatus } from './sources';

/** What one source puts on its card; the dashboard adds the key and the path. */
export type CardFigures = Pick<DashboardCard, 'count' | 'alert' | 'figure'>;

/**
 * One card of the compliance dashboard. Features register sources in app.ts (one line each), so a
 * later feature (contacts and escalations, issue 12) adds its card without changing this one.
 */
export interface DashboardSource {
  key: string;
  path: string;
  figures(): CardFigures;
}

export const compliancePath = (tab: string): string => `/compliance?tab=${tab}`;

/** The cards in the order the sources were registered. */
export function dashboardCards(sources: readonly DashboardSource[]): DashboardCard[] {
  return sources.map((source) => ({ key: source.key, path: source.path, ...source.figures() }));
}

/** KYC profiles expiring soon or expired (the kyc feature's due list). */
export function kycDueSource(kyc: {
  duePending(): { expiring: unknown[]; expired: unknown[] };
}): DashboardSource {
  return {
    key: 'kycDue',
    path: compliancePath('kyc'),
    figures() {
      const due = kyc.duePending();
      return {
        count: due.expiring.length + due.expired.length,
        alert: due.expired.length > 0,
        figure: due.expired.length,
      };
    },
  };
}

/** Suitability overrides awaiting a supervisor. */
export function overridesSource(suitability: {
  list(filter: { status: 'pending' }): unknown[];
}): DashboardSource {
  return {
    key: 'overridesPending',
    path: compliancePath('overrides'),
    figures: () => ({ count: suitability.list({ status: 'pending' }).length, alert: false, figure: null }),
  };
}

/** Items with an overdue flag: the count, and how many are overdue. */
export function overdueSource(
  key: string,
  path: string,
  items: () => readonly { overdue: boolean }[],
): DashboardSource {
  return {
    key,
    path,
    figures() {
      const list = items();
      const overdue = list.filter((item) => item.overdue).length;
      return { count: list.length, alert: overdue > 0, figure: overdue };
    },
  };
}

/** The audit trail's hash chain (feat-audit-chain's AuditChainService.verify). */
export function auditChainSource(chain: { verify(): AuditChainVerdict }): DashboardSource {
  return {
    key: 'auditChain',
    path: compliancePath('audit'),
    figures() {
      const verdict = chain.verify();
      return verdict.ok
        ? { count: verdict.count, alert: false, figure: null }
        : { count: verdict.count, alert: true, figure: verdict.firstBrokenId };
    },
  };
}

/** Days since the last backup (feat-backup's BackupService.status), red when overdue or never made. */
export function backupSource(
  backup: { status(): BackupStatus },
  daysSince: (instant: string) => number,
  path: string,
): DashboardSource {
  return {
    key: 'backupAge',
    path,
    figures() {
      const status = backup.status();
      if (status.lastBackupAt === null) return { count: null, alert: true, figure: null };
      return { count: null, alert: status.overdue, figure: daysSince(status.lastBackupAt) };
    },
  };
}

/** Whole calendar days from an instant to now, both read in the firm's time zone. */
export function daysSince(instant: string, now: number, timeZone: string): number {
  return daysBetween(
    calendarDay(instant, timeZone) ?? instant.slice(0, 10),
    calendarDay(new Date(now), timeZone)!,
  );
}
