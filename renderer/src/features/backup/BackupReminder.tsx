import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useBackupStatus } from './useBackupStatus';

/** Above every page while the last backup is older than the reminder setting (or there is none). */
export function BackupReminder() {
  const { t } = useTranslation();
  const { status } = useBackupStatus();
  if (!status?.overdue) return null;
  return (
    <Alert
      type="warning"
      showIcon
      role="status"
      className="backup-reminder"
      data-testid="backup-reminder"
      title={
        status.lastBackupAt === null
          ? t('backup.bannerNever')
          : t('backup.banner', { days: status.reminderDays })
      }
      action={
        <Link to="/settings" data-testid="backup-reminder-go">
          {t('backup.bannerAction')}
        </Link>
      }
    />
  );
}
