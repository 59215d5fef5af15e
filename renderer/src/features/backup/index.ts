import type { FeatureSlots } from '../../app/slots';
import { BackupReminder } from './BackupReminder';
import { BackupSettingsSection } from './BackupSettingsSection';

export { backupLocales } from './locales';

/** The 備份 card in 設定, and the reminder above every page. */
export const backupSlots: FeatureSlots = {
  settingsSections: [{ key: 'backup', titleKey: 'backup.title', Section: BackupSettingsSection }],
  banners: [{ key: 'backup-reminder', Banner: BackupReminder }],
};
