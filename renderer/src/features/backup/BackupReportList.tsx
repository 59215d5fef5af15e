import { Alert, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupReport } from '../../../../shared/features/backup';
import { useLanguage } from '../../app/language';

/** A backup's size for people: KB below a megabyte, MB above. */
function sizeOf(bytes: number, language: string): string {
  const mega = bytes >= 1024 * 1024;
  const amount = bytes / (mega ? 1024 * 1024 : 1024);
  return `${amount.toLocaleString(language, { maximumFractionDigits: mega ? 1 : 0 })} ${mega ? 'MB' : 'KB'}`;
}

/** What 檢查備份 found: the backup is whole, when and by which version it was made, its audit chain. */
export function BackupReportList({
  report,
  timestamp,
}: {
  report: BackupReport;
  timestamp: (instant: string) => string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <div data-testid="restore-report" className="form-alert">
      <Alert type="success" showIcon title={t('backup.restore.checked')} />
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'createdAt', label: t('backup.restore.createdAt'), children: timestamp(report.createdAt) },
          {
            key: 'version',
            label: t('backup.restore.version'),
            children: t('backup.restore.versionValue', {
              app: report.appVersion,
              schema: report.schemaVersion,
            }),
          },
          { key: 'size', label: t('backup.restore.size'), children: sizeOf(report.bytes, language) },
          {
            key: 'audit',
            label: t('backup.restore.audit'),
            children: report.auditHead
              ? t('backup.restore.auditCount', { count: report.auditHead.count })
              : t('backup.restore.auditNone'),
          },
        ]}
      />
    </div>
  );
}
