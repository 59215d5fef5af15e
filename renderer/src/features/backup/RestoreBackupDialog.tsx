import { useState } from 'react';
import { Button, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormats } from '../../app/useFormats';
import { RestoreBackupForm } from './RestoreBackupForm';

/** 設定 › 備份's 從備份還原: the restore form in a dialog (Esc closes it, nothing changed). */
export function RestoreBackupButton({ safetyFolder }: { safetyFolder: string }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="restore-open">
        {t('backup.restore.open')}
      </Button>
      <Modal
        open={open}
        title={t('backup.restore.title')}
        onCancel={() => setOpen(false)}
        footer={null}
        destroyOnHidden
      >
        <RestoreBackupForm
          confirmation={(when) => t('backup.restore.confirmText', { when, folder: safetyFolder })}
          timestamp={(instant) => formats.timestamp(instant)}
          onRestored={() => setOpen(false)}
        />
      </Modal>
    </>
  );
}
