import { useState } from 'react';
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/useErrorText';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { saveCsv } from '../../lib/download';
import { useChannelMutation } from '../../lib/queries';
import { useDatedFileName } from '../../lib/useDatedFileName';

/** 匯出 CSV: masked national IDs unless the user ticks the box, with a warning when they do. */
export function ExportCsvButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const datedFileName = useDatedFileName();
  const [open, setOpen] = useState(false);
  const [includeNationalId, setIncludeNationalId] = useState(false);
  // An export changes no client data, only the audit trail.
  const exportCsv = useChannelMutation('clients.exportCsv', {
    invalidates: ['audit'],
    onSuccess(value) {
      saveCsv(value.csv, datedFileName(t('export.fileName'), 'csv'));
      void message.success(t('export.done', { count: value.count }));
      close();
    },
    onError: (error) => void message.error(errorText(error)),
  });

  function close() {
    setOpen(false);
    setIncludeNationalId(false);
  }

  return (
    <>
      <Button icon={<DownloadOutlined />} onClick={() => setOpen(true)} data-testid="export-csv-button">
        {t('export.button')}
      </Button>
      <ConfirmModal
        open={open}
        title={t('export.title')}
        onCancel={close}
        ok={{
          text: t('export.confirm'),
          onClick: () => exportCsv.mutate({ includeNationalId }),
          loading: exportCsv.isPending,
          testId: 'export-csv-confirm',
        }}
      >
        <p>{t('export.intro')}</p>
        <Checkbox
          checked={includeNationalId}
          onChange={(event) => setIncludeNationalId(event.target.checked)}
          data-testid="export-include-id"
        >
          {t('export.includeNationalId')}
        </Checkbox>
        {includeNationalId ? (
          <Alert className="form-alert-top" type="warning" showIcon title={t('export.nationalIdWarning')} />
        ) : null}
      </ConfirmModal>
    </>
  );
}
