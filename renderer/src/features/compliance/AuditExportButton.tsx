import { useState } from 'react';
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '../../../../shared/features/audit';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import { useErrorText } from '../../app/useErrorText';
import { saveCsv } from '../../lib/download';
import { taipeiDayAndTime } from './taipeiTime';
import { useAuditCsvExport } from './useAuditLog';

/** 稽核軌跡_1151130.csv (ROC setting) or 稽核軌跡_2026-11-30.csv: today in Taipei. */
export function auditCsvFileName(baseName: string, now: Date, dateFormat: 'iso' | 'roc'): string {
  const { day } = taipeiDayAndTime(now);
  const [year, month, date] = day.split('-') as [string, string, string];
  return `${baseName}_${dateFormat === 'roc' ? `${Number(year) - 1911}${month}${date}` : day}.csv`;
}

/** 匯出 CSV: the rows the filters select, with words in the screen's language. */
export function AuditExportButton({ filter }: { filter: AuditFilter }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { dateFormat } = useSettings().settings;
  const { message } = App.useApp();
  const errorText = useErrorText();
  const exportCsv = useAuditCsvExport();
  const [busy, setBusy] = useState(false);

  async function run() {
    setBusy(true);
    const result = await exportCsv(filter, language);
    setBusy(false);
    if (!result.ok) {
      void message.error(errorText(result.error));
      return;
    }
    saveCsv(result.value.csv, auditCsvFileName(t('audit.fileName'), new Date(), dateFormat));
    void message.success(t('audit.exported', { count: result.value.count }));
  }

  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()} data-testid="audit-export">
      {t('audit.export')}
    </Button>
  );
}
