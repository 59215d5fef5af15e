import type { ReactNode } from 'react';
import { Alert, Form } from 'antd';
import { ConfirmModal } from '../../lib/ConfirmModal';
import type { ClassApplication } from '../../../../shared/features/investor-classes';
import type { ClassSubmission } from './useClassSubmit';

/** What a dialog about one application (evidence, activation, reversion) gets from its card. */
export interface ApplicationDialogProps {
  application: ClassApplication;
  open: boolean;
  onClose: () => void;
}

/**
 * The frame every investor-class dialog shares: a vertical form, the problems that belong to no
 * field in an alert at the top, and cancel / confirm. Cancelling drops the typing and the problems.
 */
export function ClassDialog({
  open,
  title,
  testId,
  submission,
  okText,
  onClose,
  onFinish,
  children,
}: {
  open: boolean;
  title: string;
  testId: string;
  submission: ClassSubmission;
  okText: string;
  onClose: () => void;
  onFinish: () => void;
  children: ReactNode;
}) {
  const { form, busy, general, reset } = submission;
  const cancel = () => {
    reset();
    onClose();
  };
  return (
    <ConfirmModal
      open={open}
      title={title}
      onCancel={cancel}
      destroyOnHidden
      ok={{ text: okText, onClick: () => form.submit(), loading: busy, testId: `${testId}-ok` }}
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
    </ConfirmModal>
  );
}
