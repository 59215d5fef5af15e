import { describe, expect, it } from 'vitest';
import { backupsToKeep } from '../../../../electron/core/features/backup/rotation';
import { backupOverdue, scheduledBackupDue } from '../../../../electron/core/features/backup/schedule';
import { DEFAULT_BACKUP_SETTINGS } from '../../../../shared/features/backup';

const TAIPEI = 'Asia/Taipei';

/** One scheduled backup a day at 09:00 Taipei from `from` through `to`, named by its day. */
function dailyBackups(from: string, to: string) {
  const out: { file: string; at: string }[] = [];
  for (let t = Date.parse(`${from}T01:00:00Z`); t <= Date.parse(`${to}T01:00:00Z`); t += 86_400_000) {
    const at = new Date(t).toISOString();
    out.push({ file: at.slice(0, 10), at });
  }
  return out;
}

describe('rotation keeps 7 daily, 4 weekly and 12 monthly by default', () => {
  it('after eleven months of daily backups', () => {
    const kept = backupsToKeep(
      dailyBackups('2026-01-01', '2026-11-30'),
      DEFAULT_BACKUP_SETTINGS.keep,
      TAIPEI,
    );
    expect([...kept].sort()).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
      // weeks (Monday first): 11-09..15 and 11-16..22 beyond the seven days
      '2026-11-15',
      '2026-11-22',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
    ]);
  });

  it('after two years only twelve months stay, and days are the firm’s calendar days', () => {
    const kept = backupsToKeep(
      dailyBackups('2024-11-01', '2026-11-30'),
      DEFAULT_BACKUP_SETTINGS.keep,
      TAIPEI,
    );
    expect([...kept].filter((day) => day < '2025-12-01')).toEqual([]);
    expect(kept.size).toBe(7 + 2 + 11);
    // 23:30 UTC on the 29th is already the 30th in Taipei: one day, so the later one wins.
    const late = backupsToKeep(
      [
        { file: 'a', at: '2026-11-29T23:30:00Z' },
        { file: 'b', at: '2026-11-30T03:00:00Z' },
      ],
      { daily: 7, weekly: 0, monthly: 0 },
      TAIPEI,
    );
    expect([...late]).toEqual(['b']);
  });

  it('keeps nothing of a period set to 0, and never more than asked', () => {
    const backups = dailyBackups('2026-11-01', '2026-11-30');
    expect(backupsToKeep(backups, { daily: 0, weekly: 0, monthly: 0 }, TAIPEI).size).toBe(0);
    expect(backupsToKeep(backups, { daily: 3, weekly: 0, monthly: 0 }, TAIPEI)).toEqual(
      new Set(['2026-11-28', '2026-11-29', '2026-11-30']),
    );
  });
});

describe('schedule and reminder by the clock', () => {
  it('daily is once per calendar day in the firm’s zone; weekly after 7 days; off never', () => {
    const last = '2026-11-29T15:00:00Z'; // 23:00 on the 29th in Taipei
    expect(scheduledBackupDue(last, new Date('2026-11-29T15:30:00Z'), 'daily', TAIPEI)).toBe(false);
    expect(scheduledBackupDue(last, new Date('2026-11-29T16:00:00Z'), 'daily', TAIPEI)).toBe(true);
    expect(scheduledBackupDue(null, new Date('2026-11-29T16:00:00Z'), 'daily', TAIPEI)).toBe(true);
    expect(scheduledBackupDue(last, new Date('2026-12-06T14:59:59Z'), 'weekly', TAIPEI)).toBe(false);
    expect(scheduledBackupDue(last, new Date('2026-12-06T15:00:00Z'), 'weekly', TAIPEI)).toBe(true);
    expect(scheduledBackupDue(null, new Date(), 'off', TAIPEI)).toBe(false);
  });

  it('reminds when there is no backup or the last is older than the setting', () => {
    const at = '2026-11-20T00:00:00Z';
    expect(backupOverdue(null, new Date(at), { reminderDays: 7 })).toBe(true);
    expect(backupOverdue(at, new Date('2026-11-27T00:00:00Z'), { reminderDays: 7 })).toBe(false);
    expect(backupOverdue(at, new Date('2026-11-27T00:00:01Z'), { reminderDays: 7 })).toBe(true);
  });
});
