import { z } from 'zod';
import { channel, contractPart, type AuditEvent } from '../../ipc/define';
import { passphraseProblem } from '../vault';
import { BACKUP_CHANNELS } from './channels';
import { BACKUP_SCHEDULES } from './settings';

const none = z.object({}).strict();
const filePath = z
  .string()
  .trim()
  .min(1, { message: 'validation.required' })
  .max(4096, { message: 'validation.tooLong' });
const passphrase = z.string().min(1).max(1024);
const recoveryCode = z.string().min(1).max(200);
/** The rules setup and a passphrase change apply, with the same messages. */
const newPassphrase = z.string().superRefine((value, context) => {
  const problem = passphraseProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

/** The audit chain's head as a backup records it (feat-audit-chain's `AuditChainHead`). */
export const auditHeadSchema = z.object({
  count: z.number().int().nonnegative(),
  lastId: z.number().int().nullable(),
  hash: z.string(),
});

export const backupStatusSchema = z.object({
  lastBackupAt: z.string().nullable(),
  lastBackupFile: z.string().nullable(),
  /** The last backup is older than the reminder setting (or there is none). */
  overdue: z.boolean(),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

export const BACKUP_KINDS = ['manual', 'scheduled', 'safety'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** What a backup's header says about it, once its checksum, key and integrity check passed. */
export const backupReportSchema = z.object({
  file: z.string(),
  createdAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  bytes: z.number().int(),
  sha256: z.string(),
  integrity: z.literal('ok'),
  /** null in a backup made before the audit chain existed. */
  auditHead: auditHeadSchema.nullable(),
});
export type BackupReport = z.infer<typeof backupReportSchema>;

/** Backup events with no channel of their own (the scheduler's, and a restore, written into the restored vault). */
export const BACKUP_EVENTS = {
  scheduled: {
    action: 'backup.scheduled',
    entity: 'vault',
    words: { 'zh-TW': '排程自動備份', en: 'Scheduled backup' },
  },
  safety: {
    action: 'backup.safety',
    entity: 'vault',
    words: { 'zh-TW': '還原前自動備份目前資料', en: 'Backed up the vault before a restore' },
  },
  restore: {
    action: 'backup.restore',
    entity: 'vault',
    words: { 'zh-TW': '自備份還原', en: 'Restored from a backup' },
  },
} as const satisfies Record<string, AuditEvent>;

export const backupContract = contractPart(BACKUP_CHANNELS, {
  'backup.status': channel({
    input: none,
    output: backupStatusSchema.extend({
      /** Where scheduled backups go (the setting, or the data folder's `backups`). */
      folder: z.string(),
      schedule: z.enum(BACKUP_SCHEDULES),
      reminderDays: z.number().int(),
      /** Whole days since the last backup by the core's clock; null when there is none. */
      ageDays: z.number().int().nullable(),
    }),
    needsUnlock: true,
    audit: null,
  }),
  /** 立即備份: one backup file in the folder given (a USB drive), or the scheduled backups' folder. */
  'backup.create': channel({
    input: z.object({ folder: filePath.optional() }).strict(),
    output: z.object({
      file: z.string(),
      bytes: z.number().int(),
      sha256: z.string(),
      createdAt: z.string(),
    }),
    needsUnlock: true,
    audit: {
      action: 'backup.create',
      entity: 'vault',
      words: { 'zh-TW': '建立加密備份', en: 'Made an encrypted backup' },
    },
  }),
  /** Opens a backup with its own key envelope and checks it, restoring nothing. */
  'backup.verify': channel({
    input: z.union([
      z.object({ file: filePath, passphrase }).strict(),
      z.object({ file: filePath, recoveryCode }).strict(),
    ]),
    output: backupReportSchema,
    needsUnlock: false,
    audit: null,
  }),
  /**
   * Into an empty data folder, over the open vault after a safety backup of it, or over a damaged
   * vault (moved into `replaced-<stamp>/`, no unlock needed). With the
   * recovery code a new passphrase is set, as a recovery does. The vault is locked afterwards.
   * The answer names where the replaced vault went: the safety backup, or the folder it was moved to.
   */
  'backup.restore': channel({
    input: z.union([
      z.object({ file: filePath, passphrase }).strict(),
      z.object({ file: filePath, recoveryCode, newPassphrase }).strict(),
    ]),
    output: backupReportSchema.extend({
      replaced: z.boolean(),
      safetyBackup: z.string().nullable(),
      /** The `replaced-<stamp>/` folder a damaged vault was moved into; null otherwise. */
      replacedFolder: z.string().nullable(),
    }),
    needsUnlock: false,
    audit: null,
  }),
});
