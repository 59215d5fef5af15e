import { DownloadOutlined, ExperimentOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/useErrorText';
import { base64ToBytes, saveBlob, saveCsv } from '../../lib/download';
import { useChannelMutation } from '../../lib/queries';
import { useDatedFileName } from '../../lib/useDatedFileName';
import { FilePickButton, ImportFailureDialog, fileBase64, useImportAnswer } from '../../lib/fileImport';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 匯入: a .csv or .xlsx file; all rows or none, with the row errors listed when it is refused. */
export function ProductImportButton() {
  const { t } = useTranslation();
  const answer = useImportAnswer((count) => t('productImport.done', { count }));
  const importCsv = useChannelMutation('products.importCsv', answer.handlers);
  const importXlsx = useChannelMutation('products.importXlsx', answer.handlers);

  async function read(file: File) {
    if (/\.xlsx$/i.test(file.name)) importXlsx.mutate({ xlsxBase64: await fileBase64(file) });
    else importCsv.mutate({ csv: await file.text() });
  }

  return (
    <>
      <FilePickButton
        accept=".csv,.xlsx,text/csv"
        label={t('productImport.button')}
        icon={<UploadOutlined />}
        loading={importCsv.isPending || importXlsx.isPending}
        testId="product-import"
        onFile={(file) => void read(file)}
      />
      <ImportFailureDialog
        failure={answer.failure}
        onClose={answer.dismiss}
        words="productImport"
        testId="product-import-errors"
      />
    </>
  );
}

/** 匯出 CSV / 匯出 Excel: the whole shelf, named 商品架_1151130 by the user's date style. */
export function ProductExportButtons() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const datedFileName = useDatedFileName();
  const fileName = (extension: string) => datedFileName(t('productExport.fileName'), extension);
  const onError = (error: Parameters<typeof errorText>[0]) => void message.error(errorText(error));
  // An export changes no product, only the audit trail.
  const exportCsv = useChannelMutation('products.exportCsv', {
    invalidates: ['audit'],
    onSuccess(value) {
      saveCsv(value.csv, fileName('csv'));
      void message.success(t('productExport.done', { count: value.count }));
    },
    onError,
  });
  const exportXlsx = useChannelMutation('products.exportXlsx', {
    invalidates: ['audit'],
    onSuccess(value) {
      saveBlob(new Blob([base64ToBytes(value.xlsxBase64)], { type: XLSX_TYPE }), fileName('xlsx'));
      void message.success(t('productExport.done', { count: value.count }));
    },
    onError,
  });
  return (
    <>
      <Button
        icon={<DownloadOutlined />}
        loading={exportCsv.isPending}
        onClick={() => exportCsv.mutate({})}
        data-testid="product-export-csv"
      >
        {t('productExport.csv')}
      </Button>
      <Button
        icon={<DownloadOutlined />}
        loading={exportXlsx.isPending}
        onClick={() => exportXlsx.mutate({})}
        data-testid="product-export-xlsx"
      >
        {t('productExport.xlsx')}
      </Button>
    </>
  );
}

/** 匯入示範商品: about 60 products marked as demo; codes already on the shelf are left alone. */
export function SeedDemoButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const seed = useChannelMutation('products.seedDemo', {
    onSuccess: (value) => void message.success(t('products.seedDemoDone', value)),
    onError: (error) => void message.error(errorText(error)),
  });
  return (
    <Button
      icon={<ExperimentOutlined />}
      loading={seed.isPending}
      onClick={() => seed.mutate({})}
      data-testid="seed-demo-products"
    >
      {t('products.seedDemo')}
    </Button>
  );
}
