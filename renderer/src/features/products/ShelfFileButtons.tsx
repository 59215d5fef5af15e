import { useRef, useState } from 'react';
import { DownloadOutlined, ExperimentOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Modal, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { fileNameDate } from '../../../../shared/kernel/dates';
import { translateValidation } from '../../../../shared/i18n/messages';
import type { ImportRowError } from '../../../../shared/ipc/contract';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import { useErrorText } from '../../app/useErrorText';
import { base64ToBytes, saveBlob, saveCsv } from '../../lib/download';
import { useChannelMutation } from '../../lib/queries';
import { importRowErrors } from '../clients';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The bytes of a file as base64, in chunks (a spread of a large array overflows the stack). */
async function fileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** 匯入: a .csv or .xlsx file; all rows or none, with the row errors listed when it is refused. */
export function ProductImportButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { language } = useLanguage();
  const errorText = useErrorText();
  const inputRef = useRef<HTMLInputElement>(null);
  const [failure, setFailure] = useState<{ errors: ImportRowError[]; omitted: number } | null>(null);
  const handlers = {
    onSuccess: (value: { imported: number }) =>
      void message.success(t('productImport.done', { count: value.imported })),
    onError(error: Parameters<typeof errorText>[0] & { details?: unknown }) {
      const rows = importRowErrors(error.details);
      if (rows.errors.length > 0) setFailure(rows);
      else void message.error(errorText(error));
    },
  };
  const importCsv = useChannelMutation('products.importCsv', handlers);
  const importXlsx = useChannelMutation('products.importXlsx', handlers);

  async function read(file: File) {
    if (/\.xlsx$/i.test(file.name)) importXlsx.mutate({ xlsxBase64: await fileBase64(file) });
    else importCsv.mutate({ csv: await file.text() });
  }

  return (
    <>
      <input
        ref={inputRef}
        type="file"
        accept=".csv,.xlsx,text/csv"
        className="file-input"
        data-testid="product-import-input"
        aria-label={t('productImport.button')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void read(file);
        }}
      />
      <Button
        icon={<UploadOutlined />}
        loading={importCsv.isPending || importXlsx.isPending}
        onClick={() => inputRef.current?.click()}
        data-testid="product-import-button"
      >
        {t('productImport.button')}
      </Button>
      <Modal
        open={failure !== null}
        title={t('productImport.failedTitle')}
        onCancel={() => setFailure(null)}
        footer={<Button onClick={() => setFailure(null)}>{t('common.close')}</Button>}
        width={720}
      >
        <p>
          {t('productImport.failedIntro', {
            count: (failure?.errors.length ?? 0) + (failure?.omitted ?? 0),
          })}
        </p>
        {failure?.omitted ? <p>{t('productImport.omitted', { count: failure.omitted })}</p> : null}
        <Table<ImportRowError>
          data-testid="product-import-errors"
          size="small"
          rowKey={(row) => `${row.line}:${row.field}:${row.message}`}
          dataSource={failure?.errors ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: t('productImport.line'), dataIndex: 'line', width: 80 },
            { title: t('productImport.field'), dataIndex: 'field', width: 160 },
            {
              title: t('productImport.message'),
              dataIndex: 'message',
              render: (key: string) => translateValidation(key, language),
            },
          ]}
        />
      </Modal>
    </>
  );
}

/** 匯出 CSV / 匯出 Excel: the whole shelf, named 商品架_1151130 by the user's date style. */
export function ProductExportButtons() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { dateFormat, timeZone } = useSettings().settings;
  const fileName = (extension: string) =>
    `${t('productExport.fileName')}_${fileNameDate(new Date(), dateFormat, timeZone)}.${extension}`;
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
