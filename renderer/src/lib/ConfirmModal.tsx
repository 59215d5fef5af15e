import type { ReactNode } from 'react';
import { Button, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

/** A dialog that asks before it acts: 取消 (as closing does) and one confirming button. */
export function ConfirmModal({
  open,
  title,
  onCancel,
  destroyOnHidden,
  width,
  ok,
  children,
}: {
  open: boolean;
  title: ReactNode;
  onCancel: () => void;
  /** Drops the content when closed (a form starts empty next time). */
  destroyOnHidden?: boolean;
  /** For a dialog holding a table (default: antd's). */
  width?: number;
  ok: { text: string; onClick: () => void; loading: boolean; disabled?: boolean; testId: string };
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onCancel}
      destroyOnHidden={destroyOnHidden}
      width={width}
      footer={[
        <Button key="cancel" onClick={onCancel}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          disabled={ok.disabled}
          loading={ok.loading}
          onClick={ok.onClick}
          data-testid={ok.testId}
        >
          {ok.text}
        </Button>,
      ]}
    >
      {children}
    </Modal>
  );
}
