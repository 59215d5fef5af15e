import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '../../../../shared/features/audit';
import { fileNameDate, type DateStyle } from '../../../../shared/kernel/dates';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import { useErrorText } from '../../app/useErrorText';
import { saveCsv } from '../../lib/download';
import { useChannelMutation } from '../../lib/queries';

/** 稽核軌跡_1151130.csv (ROC setting) or 稽核軌跡_2026-11-30.csv: today in the user's time zone. */
export function auditCsvFileName(baseName: string, now: Date, style: DateStyle, timeZone: string): string {
  return `${baseName}_${fileNameDate(now, style, timeZone)}.csv`;
}

/** 匯出 CSV: the rows the filters select, with words in the screen's language. */
export function AuditExportButton({ filter }: { filter: AuditFilter }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { dateFormat, timeZone } = useSettings().settings;
  const { message } = App.useApp();
  const errorText = useErrorText();
  // The export is itself audited: the trail on screen refreshes after it.
  const exportCsv = useChannelMutation('audit.exportCsv', {
    invalidates: ['audit'],
    onSuccess: (value) => {
      saveCsv(value.csv, auditCsvFileName(t('audit.fileName'), new Date(), dateFormat, timeZone));
      void message.success(t('audit.exported', { count: value.count }));
    },
    onError: (error) => void message.error(errorText(error)),
  });

  return (
    <Button
      icon={<DownloadOutlined />}
      loading={exportCsv.isPending}
      onClick={() => exportCsv.mutate({ filter, language })}
      data-testid="audit-export"
    >
      {t('audit.export')}
    </Button>
  );
}
