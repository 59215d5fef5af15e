import type { zhTW } from './zh-TW';

/** The same keys in English: the type makes every zh-TW key required here. */
export const en: Record<keyof typeof zhTW, string> = {
  'backup.title': 'Backups',
  'backup.intro':
    'Backups are encrypted (with the vault’s own key) and restore on another computer with the passphrase or the recovery code. Keep them on a USB drive or another disk, apart from this computer.',
  'backup.last': 'Last backup',
  'backup.lastAge': '{{when}} ({{days}} days ago)',
  'backup.lastToday': '{{when}} (today)',
  'backup.never': 'No backup yet',
  'backup.overdue': 'No backup for more than {{days}} days: back up now.',
  'backup.banner': 'No backup for more than {{days}} days.',
  'backup.bannerNever': 'Your data has never been backed up.',
  'backup.bannerAction': 'Back up',
  'backup.folder': 'Backup folder',
  'backup.folderHelp': 'A folder on a USB drive, for example; empty: backups in the data folder',
  'backup.now': 'Back up now',
  'backup.done': 'Backed up: {{file}}',
  'backup.schedule': 'Scheduled backups',
  'backup.scheduleFolder': 'Folder for scheduled backups',
  'backup.scheduleFolderHelp': 'Empty: backups in the data folder ({{folder}})',
  'backup.keep': 'Keep',
  'backup.keepDaily': 'Daily',
  'backup.keepWeekly': 'Weekly',
  'backup.keepMonthly': 'Monthly',
  'backup.reminderDays': 'Remind after this many days without a backup',
  'backup.restoreTitle': 'Restoring and moving to a new computer',
  'backup.restoreSteps':
    'On the new computer, install AdvisorDesk and, before setting up a vault, run advisordesk backup restore <backup file> with the passphrase of the day of the backup; with --recovery-code it restores with the recovery code and sets a new passphrase. Restoring over existing data backs that data up first. A damaged, incomplete or newer backup is refused and changes nothing.',
};
