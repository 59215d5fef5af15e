import { describe, expect, it } from 'vitest';
import {
  backupSource,
  dashboardCards,
  overdueSource,
  type BackupStatus,
} from '../../../../electron/core/features/compliance';

describe('dashboard sources', () => {
  const daysSince = (instant: string) =>
    Math.floor((Date.parse('2026-11-30T00:00:00Z') - Date.parse(instant)) / 86_400_000);

  it('shows the days since the last backup, red when the reminder says overdue or none was ever made', () => {
    const status: BackupStatus = {
      lastBackupAt: '2026-11-20T03:00:00Z',
      lastBackupFile: 'x.adbackup',
      overdue: false,
    };
    const card = (s: BackupStatus) =>
      dashboardCards([backupSource({ status: () => s }, daysSince, '/backup')])[0];
    expect(card(status)).toEqual({ key: 'backupAge', path: '/backup', count: null, alert: false, figure: 9 });
    expect(card({ ...status, overdue: true })).toMatchObject({ alert: true, figure: 9 });
    expect(card({ lastBackupAt: null, lastBackupFile: null, overdue: true })).toMatchObject({
      alert: true,
      figure: null,
    });
  });

  it('draws the cards in the order registered, each asked afresh', () => {
    let items = [{ overdue: false }];
    const sources = [overdueSource('a', '/a', () => items), overdueSource('b', '/b', () => [])];
    expect(dashboardCards(sources).map((c) => [c.key, c.count, c.alert])).toEqual([
      ['a', 1, false],
      ['b', 0, false],
    ]);
    items = [{ overdue: true }, { overdue: false }];
    expect(dashboardCards(sources)[0]).toMatchObject({ count: 2, alert: true, figure: 1 });
  });
});
