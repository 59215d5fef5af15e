import type { BackupSchedule, BackupSettings } from '../../../../shared/features/backup';
import { calendarDay } from '../../../../shared/kernel/dates';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether a scheduled backup is due now: daily means once per calendar day in the firm's time
 * zone (so a laptop opened at 08:00 after one made at 23:00 makes one), weekly once in 7 days.
 */
export function scheduledBackupDue(
  lastScheduledAt: string | null,
  now: Date,
  schedule: BackupSchedule,
  timeZone: string,
): boolean {
  if (schedule === 'off') return false;
  if (lastScheduledAt === null) return true;
  if (schedule === 'daily') return calendarDay(lastScheduledAt, timeZone)! < calendarDay(now, timeZone)!;
  return now.getTime() - Date.parse(lastScheduledAt) >= 7 * DAY_MS;
}

/** The reminder: no backup at all, or the last one older than the setting's days. */
export function backupOverdue(
  lastBackupAt: string | null,
  now: Date,
  settings: Pick<BackupSettings, 'reminderDays'>,
): boolean {
  if (lastBackupAt === null) return true;
  return now.getTime() - Date.parse(lastBackupAt) > settings.reminderDays * DAY_MS;
}
