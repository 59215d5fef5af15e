import { useState } from 'react';
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Modal } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { useErrorText } from '../../app/useErrorText';
import { saveCsv } from '../../lib/download';

/** 匯出 CSV: masked national IDs unless the user ticks the box, with a warning when they do. */
export function ExportCsvButton() {
  const api = useApi();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [includeNationalId, setIncludeNationalId] = useState(false);
  const [busy, setBusy] = useState(false);

  function close() {
    setOpen(false);
    setIncludeNationalId(false);
  }

  async function exportCsv() {
    setBusy(true);
    const result = await api.invoke('clients.exportCsv', { includeNationalId });
    setBusy(false);
    if (!result.ok) {
      void message.error(errorText(result.error));
      return;
    }
    saveCsv(result.value.csv, `clients-${dayjs().format('YYYYMMDD-HHmm')}.csv`);
    void message.success(t('export.done', { count: result.value.count }));
    close();
  }

  return (
    <>
      <Button icon={<DownloadOutlined />} onClick={() => setOpen(true)} data-testid="export-csv-button">
        {t('export.button')}
      </Button>
      <Modal
        open={open}
        title={t('export.title')}
        onCancel={close}
        footer={[
          <Button key="cancel" onClick={close}>
            {t('common.cancel')}
          </Button>,
          <Button
            key="ok"
            type="primary"
            loading={busy}
            onClick={() => void exportCsv()}
            data-testid="export-csv-confirm"
          >
            {t('export.confirm')}
          </Button>,
        ]}
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
      </Modal>
    </>
  );
}
