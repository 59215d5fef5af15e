import { useState } from 'react';
import { App, Checkbox, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CopyPackage, DataRequest } from '../../../../shared/features/compliance';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { base64ToBytes, saveBlob } from '../../lib/download';
import { useChannelMutation } from '../../lib/queries';

const TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
};

/** Chromium drops link downloads past ten started in one go: one file per task, a little apart. */
const DOWNLOAD_SPACING_MS = 150;

/** The package's files, each saved as <folder>_<file> (a browser saves files, not folders). */
function savePackage(pack: CopyPackage): void {
  pack.files.forEach((file, index) => {
    const type = TYPES[file.name.split('.').pop() ?? ''] ?? 'application/octet-stream';
    const body = file.base64 !== null ? base64ToBytes(file.base64) : file.text!;
    setTimeout(
      () => saveBlob(new Blob([body], { type }), `${pack.folderName}_${file.name}`),
      index * DOWNLOAD_SPACING_MS,
    );
  });
}

/**
 * 製作複製本: everything the firm holds on the client, as a PDF, a JSON and a CSV per section. The
 * national ID is masked unless the user reveals it here for this copy (the audit entry says so).
 */
export function CopyPackageDialog({
  request,
  onClose,
}: {
  request: DataRequest | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [fullNationalId, setFullNationalId] = useState(false);
  const close = () => {
    setFullNationalId(false);
    onClose();
  };
  const copy = useChannelMutation('privacy.copyPackage', {
    invalidates: ['audit'],
    onSuccess: (pack) => {
      savePackage(pack);
      void message.success(t('dataRequests.copied', { count: pack.files.length }));
      close();
    },
    onError: (error) => void message.error(errorText(error)),
  });
  return (
    <ConfirmModal
      open={request !== null}
      title={t('dataRequests.copyTitle', { name: request?.clientName || t('compliance.clientDeleted') })}
      onCancel={close}
      confirmOnEnter
      ok={{
        text: t('dataRequests.copyConfirm'),
        loading: copy.isPending,
        testId: 'data-request-copy-confirm',
        onClick: () => request && copy.mutate({ id: request.id, language, fullNationalId }),
      }}
    >
      <Typography.Paragraph>{t('dataRequests.copyIntro')}</Typography.Paragraph>
      <Checkbox
        checked={fullNationalId}
        onChange={(event) => setFullNationalId(event.target.checked)}
        data-testid="data-request-copy-full-id"
      >
        {t('dataRequests.copyFullNationalId')}
      </Checkbox>
    </ConfirmModal>
  );
}
