import type { FeatureSlots } from '../../app/slots';
import { BackupReminder } from './BackupReminder';
import { BackupSettingsSection } from './BackupSettingsSection';
import { RestoreStart } from './RestoreStart';

export { backupLocales } from './locales';

/** The 備份 card in 設定, the reminder above every page, and 從備份還原 on the setup screen. */
export const backupSlots: FeatureSlots = {
  settingsSections: [{ key: 'backup', titleKey: 'backup.title', Section: BackupSettingsSection }],
  banners: [{ key: 'backup-reminder', Banner: BackupReminder }],
  vaultStarts: [{ key: 'restore', labelKey: 'backup.restore.title', Start: RestoreStart }],
};
