import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
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
  confirmOnEnter,
  initialFocus,
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
  /** Enter confirms (outside a text area, a list or the dialog's own buttons), for a dialog used often. */
  confirmOnEnter?: boolean;
  /** The field to start in instead (a quick-entry dialog's subject); Enter still confirms from it. */
  initialFocus?: RefObject<{ focus(): void } | null>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const latest = useRef(ok);
  const okButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    latest.current = ok;
  });
  useEffect(() => {
    if (!open || !confirmOnEnter) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      // A focused control in the dialog answers Enter itself; the button that opened it does not.
      const inDialog = target?.closest('.ant-modal') ? target.closest('button, a') : null;
      const busy = target?.closest('textarea, [role="combobox"], .ant-picker') ?? inDialog;
      if (event.key !== 'Enter' || event.isComposing || busy) return;
      const { disabled, loading, onClick } = latest.current;
      if (disabled || loading) return;
      event.preventDefault();
      onClick();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, confirmOnEnter]);
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onCancel}
      destroyOnHidden={destroyOnHidden}
      width={width}
      // antd focuses the close button; a dialog answered by Enter starts on its confirming button.
      afterOpenChange={(opened) => {
        if (!opened) return;
        if (initialFocus?.current) initialFocus.current.focus();
        else if (confirmOnEnter) okButton.current?.focus();
      }}
      footer={[
        <Button key="cancel" onClick={onCancel}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="ok"
          ref={okButton}
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
