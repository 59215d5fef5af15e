import type { ReactNode } from 'react';
import { Alert, Button, Form, Modal, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The frame every investor-class dialog shares: a vertical form, the problems that belong to no
 * field in an alert at the top, and cancel / confirm.
 */
export function ClassDialog({
  open,
  title,
  testId,
  form,
  busy,
  general,
  okText,
  onCancel,
  onFinish,
  children,
}: {
  open: boolean;
  title: string;
  testId: string;
  form: FormInstance;
  busy: boolean;
  general: readonly string[];
  okText: string;
  onCancel: () => void;
  onFinish: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onCancel}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onCancel}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          loading={busy}
          onClick={() => form.submit()}
          data-testid={`${testId}-ok`}
        >
          {okText}
        </Button>,
      ]}
    >
      {general.length > 0 ? (
        <Alert
          className="form-alert-top"
          type="error"
          showIcon
          role="alert"
          data-testid={`${testId}-problems`}
          title={general.length === 1 ? general[0] : undefined}
          description={
            general.length > 1 ? (
              <ul>
                {general.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      ) : null}
      <Form form={form} layout="vertical" onFinish={onFinish} data-testid={testId}>
        {children}
      </Form>
    </Modal>
  );
}
