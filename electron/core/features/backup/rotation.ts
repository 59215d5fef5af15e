import type { BackupSettings } from '../../../../shared/features/backup';
import { calendarDay } from '../../../../shared/kernel/dates';

/** A scheduled backup file and when it was made. */
export interface RotatedBackup {
  file: string;
  at: string;
}

/** Monday of the day's week, as YYYY-MM-DD: the key of an ISO week. */
function weekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Which scheduled backups rotation keeps: going from newest to oldest, the newest backup of each
 * of the last `keep.daily` days that have one, of the last `keep.weekly` weeks, and of the last
 * `keep.monthly` months (calendar days in the firm's time zone). One file may count for all three.
 * The rest may be deleted. Manual and safety backups are never rotated.
 */
export function backupsToKeep(
  backups: readonly RotatedBackup[],
  keep: BackupSettings['keep'],
  timeZone: string,
): Set<string> {
  const newestFirst = [...backups].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const kept = new Set<string>();
  const periods: [number, (day: string) => string][] = [
    [keep.daily, (day) => day],
    [keep.weekly, weekOf],
    [keep.monthly, (day) => day.slice(0, 7)],
  ];
  for (const [limit, periodOf] of periods) {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      if (seen.size >= limit) break;
      const period = periodOf(calendarDay(backup.at, timeZone)!);
      if (seen.has(period)) continue;
      seen.add(period);
      kept.add(backup.file);
    }
  }
  return kept;
}
