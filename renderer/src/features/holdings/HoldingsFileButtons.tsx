import { useState } from 'react';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/useErrorText';
import { saveCsv } from '../../lib/download';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { FilePickButton, ImportFailureDialog, fileBase64, useImportAnswer } from '../../lib/fileImport';
import { useChannelMutation } from '../../lib/queries';
import { useDatedFileName } from '../../lib/useDatedFileName';

/** A change to holdings also changes the dossier's asset summary. */
export const HOLDINGS_INVALIDATES = ['holdings', 'clients'] as const;

/**
 * 匯入 CSV／Excel into one client: all rows or none, with the row errors listed when refused; a
 * client who already holds something is asked before the file replaces it.
 */
export function HoldingsImportButton({ clientId, held }: { clientId: string; held: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const answer = useImportAnswer(() => '');
  const [pending, setPending] = useState<File | null>(null);
  const handlers = {
    invalidates: HOLDINGS_INVALIDATES,
    onSuccess: (value: { positions: number; cash: number }) => {
      setPending(null);
      void message.success(t('holdings.import.done', value));
    },
    onError: (error: Parameters<typeof answer.handlers.onError>[0]) => {
      setPending(null);
      answer.handlers.onError(error);
    },
  };
  const importCsv = useChannelMutation('holdings.importCsv', handlers);
  const importXlsx = useChannelMutation('holdings.importXlsx', handlers);

  async function send(file: File) {
    const replace = held > 0;
    if (/\.xlsx$/i.test(file.name))
      importXlsx.mutate({ clientId, replace, xlsxBase64: await fileBase64(file) });
    else importCsv.mutate({ clientId, replace, csv: await file.text() });
  }
  const busy = importCsv.isPending || importXlsx.isPending;

  return (
    <>
      <FilePickButton
        accept=".csv,.xlsx,text/csv"
        label={t('holdings.import.button')}
        icon={<UploadOutlined />}
        loading={busy}
        testId="holdings-import"
        onFile={(file) => (held > 0 ? setPending(file) : void send(file))}
      />
      <ConfirmModal
        open={pending !== null}
        title={t('holdings.import.replaceTitle')}
        onCancel={() => setPending(null)}
        ok={{
          text: t('holdings.import.replace'),
          onClick: () => pending && void send(pending),
          loading: busy,
          testId: 'holdings-import-replace',
        }}
      >
        <p>{t('holdings.import.replaceText', { count: held, file: pending?.name ?? '' })}</p>
      </ConfirmModal>
      <ImportFailureDialog
        failure={answer.failure}
        onClose={answer.dismiss}
        words="holdings.import"
        testId="holdings-import-errors"
      />
    </>
  );
}

/** 匯出 CSV: the client's holdings, in the import's format. */
export function HoldingsExportButton({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const datedFileName = useDatedFileName();
  const exportCsv = useChannelMutation('holdings.exportCsv', {
    invalidates: ['audit'],
    onSuccess(value) {
      saveCsv(value.csv, datedFileName(t('holdings.export.fileName'), 'csv'));
      void message.success(t('holdings.export.done', { count: value.count }));
    },
    onError: (error) => void message.error(errorText(error)),
  });
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={exportCsv.isPending}
      onClick={() => exportCsv.mutate({ clientId })}
      data-testid="holdings-export"
    >
      {t('holdings.export.button')}
    </Button>
  );
}
