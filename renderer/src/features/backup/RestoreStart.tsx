import { DEFAULT_SETTINGS, dateSettingsOf } from '../../../../shared/features/settings';
import { formatTimestamp } from '../../../../shared/kernel/dates';
import { useLanguage } from '../../app/language';
import { RestoreBackupForm } from './RestoreBackupForm';

/**
 * The setup screen's 從備份還原 (moving to a new computer): into the empty data folder, so nothing
 * is replaced. No vault means no settings yet: times in the default date style.
 */
export function RestoreStart({ onDone }: { onDone: () => void }) {
  const { language } = useLanguage();
  const dates = dateSettingsOf(DEFAULT_SETTINGS, language);
  return (
    <RestoreBackupForm
      replacing={null}
      timestamp={(instant) => formatTimestamp(instant, dates, 'compact')}
      onRestored={onDone}
    />
  );
}
