import { useRef, useState } from 'react';
import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Modal, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { translateValidation } from '../../../../shared/i18n/messages';
import { importRowErrorSchema, type ImportRowError } from '../../../../shared/ipc/contract';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { useChannelMutation } from '../../lib/queries';

const rowsSchema = importRowErrorSchema.array();
const detailsSchema = z.object({ errors: rowsSchema, omitted: z.number().int().default(0) });

/** Row errors from details: either the list itself or `{errors, omitted}` (the core caps the list). */
export function importRowErrors(details: unknown): { errors: ImportRowError[]; omitted: number } {
  const list = rowsSchema.safeParse(details);
  if (list.success) return { errors: list.data, omitted: 0 };
  const wrapped = detailsSchema.safeParse(details);
  return wrapped.success ? wrapped.data : { errors: [], omitted: 0 };
}

/** 匯入 CSV: all rows or none; row-level errors are listed when the file is refused. */
export function ImportCsvButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { language } = useLanguage();
  const errorText = useErrorText();
  const inputRef = useRef<HTMLInputElement>(null);
  const [failure, setFailure] = useState<{ errors: ImportRowError[]; omitted: number } | null>(null);
  // A success invalidates the clients.* queries: the list in view reloads.
  const importCsv = useChannelMutation('clients.importCsv', {
    onSuccess: (value) => void message.success(t('import.done', { count: value.imported })),
    onError(error) {
      const rows = importRowErrors(error.details);
      if (rows.errors.length > 0) setFailure(rows);
      else void message.error(errorText(error));
    },
  });

  return (
    <>
      <input
        ref={inputRef}
        type="file"
        accept=".csv,text/csv"
        className="file-input"
        data-testid="import-csv-input"
        aria-label={t('import.button')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void file.text().then((csv) => importCsv.mutate({ csv }));
        }}
      />
      <Button
        icon={<UploadOutlined />}
        loading={importCsv.isPending}
        onClick={() => inputRef.current?.click()}
        data-testid="import-csv-button"
      >
        {t('import.button')}
      </Button>
      <Modal
        open={failure !== null}
        title={t('import.failedTitle')}
        onCancel={() => setFailure(null)}
        footer={<Button onClick={() => setFailure(null)}>{t('common.close')}</Button>}
        width={720}
      >
        <p>{t('import.failedIntro', { count: (failure?.errors.length ?? 0) + (failure?.omitted ?? 0) })}</p>
        {failure?.omitted ? <p>{t('import.omitted', { count: failure.omitted })}</p> : null}
        <Table<ImportRowError>
          data-testid="import-errors"
          size="small"
          rowKey={(row) => `${row.line}:${row.field}:${row.message}`}
          dataSource={failure?.errors ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: t('import.line'), dataIndex: 'line', width: 80 },
            { title: t('import.field'), dataIndex: 'field', width: 160 },
            {
              title: t('import.message'),
              dataIndex: 'message',
              render: (key: string) => translateValidation(key, language),
            },
          ]}
        />
      </Modal>
    </>
  );
}
