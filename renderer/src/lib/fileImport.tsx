import { useRef, useState, type ReactNode } from 'react';
import { App, Button, Modal, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { translateValidation } from '../../../shared/i18n/messages';
import { importRowErrorSchema, type ImportRowError } from '../../../shared/ipc/contract';
import { useLanguage } from '../app/language';
import { useErrorText } from '../app/useErrorText';
import type { ApiError } from './api';

/**
 * A file import of all rows or none (clients, products): a hidden file input behind a button, and
 * a refused file's row errors listed in a dialog.
 */

export interface ImportFailure {
  errors: ImportRowError[];
  omitted: number;
}

const rowsSchema = importRowErrorSchema.array();
const detailsSchema = z.object({ errors: rowsSchema, omitted: z.number().int().default(0) });

/** Row errors from details: either the list itself or `{errors, omitted}` (the core caps the list). */
export function importRowErrors(details: unknown): ImportFailure {
  const list = rowsSchema.safeParse(details);
  if (list.success) return { errors: list.data, omitted: 0 };
  const wrapped = detailsSchema.safeParse(details);
  return wrapped.success ? wrapped.data : { errors: [], omitted: 0 };
}

/**
 * The answer to an import: a success said in a message, a refusal with row errors kept for
 * ImportFailureDialog, any other error in a message. `handlers` go to the import's mutation.
 */
export function useImportAnswer(doneText: (imported: number) => string) {
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const handlers = {
    onSuccess: (value: { imported: number }) => void message.success(doneText(value.imported)),
    onError(error: ApiError) {
      const rows = importRowErrors(error.details);
      if (rows.errors.length > 0) setFailure(rows);
      else void message.error(errorText(error));
    },
  };
  return { handlers, failure, dismiss: () => setFailure(null) };
}

/** The bytes of a file as base64, in chunks (a spread of a large array overflows the stack). */
export async function fileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/**
 * A button that opens the file picker; the input is hidden but labelled, and cleared after each
 * pick so the same file can be picked again. Test ids: `${testId}-input`, `${testId}-button`.
 */
export function FilePickButton({
  accept,
  label,
  icon,
  loading,
  testId,
  onFile,
}: {
  accept: string;
  label: string;
  icon: ReactNode;
  loading: boolean;
  testId: string;
  onFile: (file: File) => void;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={inputRef}
        type="file"
        accept={accept}
        className="file-input"
        data-testid={`${testId}-input`}
        aria-label={label}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      <Button
        icon={icon}
        loading={loading}
        onClick={() => inputRef.current?.click()}
        data-testid={`${testId}-button`}
      >
        {label}
      </Button>
    </>
  );
}

/**
 * A refused file's row errors: line, field and the problem in the screen's language. The words
 * are the feature's own, under `${words}.failedTitle`, `.failedIntro`, `.omitted`, `.line`,
 * `.field` and `.message`.
 */
export function ImportFailureDialog({
  failure,
  onClose,
  words,
  testId,
}: {
  failure: ImportFailure | null;
  onClose: () => void;
  words: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Modal
      open={failure !== null}
      title={t(`${words}.failedTitle`)}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
      width={720}
    >
      <p>{t(`${words}.failedIntro`, { count: (failure?.errors.length ?? 0) + (failure?.omitted ?? 0) })}</p>
      {failure?.omitted ? <p>{t(`${words}.omitted`, { count: failure.omitted })}</p> : null}
      <Table<ImportRowError>
        data-testid={testId}
        size="small"
        rowKey={(row) => `${row.line}:${row.field}:${row.message}`}
        dataSource={failure?.errors ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          { title: t(`${words}.line`), dataIndex: 'line', width: 80 },
          { title: t(`${words}.field`), dataIndex: 'field', width: 160 },
          {
            title: t(`${words}.message`),
            dataIndex: 'message',
            render: (key: string) => translateValidation(key, language),
          },
        ]}
      />
    </Modal>
  );
}

/** Reads a picked file as JSON: the parsed document, or `onNotJson` when the file is not JSON. */
export function readJsonFile(file: File, onJson: (document: unknown) => void, onNotJson: () => void): void {
  void file.text().then((text) => {
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch {
      onNotJson();
      return;
    }
    onJson(document);
  });
}
