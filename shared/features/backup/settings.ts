import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';

export const BACKUP_SCHEDULES = ['off', 'daily', 'weekly'] as const;
export type BackupSchedule = (typeof BACKUP_SCHEDULES)[number];

export const BACKUP_SCHEDULE_WORDS: Readonly<Record<BackupSchedule, AuditWords>> = {
  off: { 'zh-TW': '不自動備份', en: 'No scheduled backups' },
  daily: { 'zh-TW': '每日', en: 'Daily' },
  weekly: { 'zh-TW': '每週', en: 'Weekly' },
};

const count = (max: number) =>
  z.number().int({ message: 'validation.number' }).min(0, { message: 'validation.nonNegative' }).max(max, {
    message: 'validation.tooLarge',
  });

/** Scheduled backups, their rotation and the reminder. */
export const backupSettingsSchema = z.object({
  /** Where scheduled backups go (a USB drive, a network folder); null: `backups` in the data folder. */
  folder: z
    .string()
    .trim()
    .min(1, { message: 'validation.required' })
    .max(1024, { message: 'validation.tooLong' })
    .nullable(),
  schedule: z.enum(BACKUP_SCHEDULES),
  /** How many scheduled backups rotation keeps: the newest of each of the last N days, weeks, months. */
  keep: z.object({ daily: count(90), weekly: count(104), monthly: count(120) }),
  /** The reminder shows when the last backup (of any kind) is older than this. */
  reminderDays: z
    .number()
    .int({ message: 'validation.number' })
    .min(1, { message: 'validation.number' })
    .max(365, { message: 'validation.tooLarge' }),
});
export type BackupSettings = z.infer<typeof backupSettingsSchema>;

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = {
  folder: null,
  schedule: 'daily',
  keep: { daily: 7, weekly: 4, monthly: 12 },
  reminderDays: 7,
};

export const BACKUP_SETTINGS_WORDS: AuditWords = { 'zh-TW': '備份設定', en: 'backup settings' };
