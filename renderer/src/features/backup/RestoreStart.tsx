import { useTranslation } from 'react-i18next';
import { DEFAULT_SETTINGS, dateSettingsOf } from '../../../../shared/features/settings';
import { formatTimestamp } from '../../../../shared/kernel/dates';
import { useLanguage } from '../../app/language';
import { RestoreBackupForm } from './RestoreBackupForm';

/**
 * 從備份還原 on the start screens. On the setup screen (moving to a new computer) nothing is
 * replaced; on the unlock screen a vault is there: the core replaces it only when it is damaged
 * (moved into replaced-<time>/), and otherwise asks for an unlock first. No open vault means no
 * settings: times in the default date style.
 */
export function RestoreStart({ onDone, vaultExists }: { onDone: () => void; vaultExists: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const dates = dateSettingsOf(DEFAULT_SETTINGS, language);
  return (
    <RestoreBackupForm
      confirmation={vaultExists ? (when) => t('backup.restore.confirmLocked', { when }) : null}
      timestamp={(instant) => formatTimestamp(instant, dates, 'compact')}
      onRestored={onDone}
    />
  );
}
