import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { FilePickButton, ImportFailureDialog, useImportAnswer } from '../../lib/fileImport';
import { useChannelMutation } from '../../lib/queries';

/** 匯入 CSV: all rows or none; row-level errors are listed when the file is refused. */
export function ImportCsvButton() {
  const { t } = useTranslation();
  const answer = useImportAnswer((count) => t('import.done', { count }));
  // A success invalidates the clients.* queries: the list in view reloads.
  const importCsv = useChannelMutation('clients.importCsv', answer.handlers);
  return (
    <>
      <FilePickButton
        accept=".csv,text/csv"
        label={t('import.button')}
        icon={<UploadOutlined />}
        loading={importCsv.isPending}
        testId="import-csv"
        onFile={(file) => void file.text().then((csv) => importCsv.mutate({ csv }))}
      />
      <ImportFailureDialog
        failure={answer.failure}
        onClose={answer.dismiss}
        words="import"
        testId="import-errors"
      />
    </>
  );
}
