import type { ReactNode } from 'react';
import { Form, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { ConfirmModal } from './ConfirmModal';

/** A picked day as the core takes it (the picker shows it in the user's style). */
export const isoDay = (day: Dayjs): string => day.format('YYYY-MM-DD');

/**
 * A dialog holding one form: the confirming button validates it and hands the values on; a field
 * the core refuses is said at the field, anything else in a message.
 */
export function FormDialog<Values extends object>({
  open,
  title,
  form,
  initialValues,
  ok,
  onSubmit,
  onCancel,
  children,
}: {
  open: boolean;
  title: ReactNode;
  form: FormInstance<Values>;
  initialValues?: Partial<Values>;
  ok: { text: string; loading: boolean; testId: string };
  onSubmit: (values: Values) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <ConfirmModal
      open={open}
      title={title}
      onCancel={onCancel}
      destroyOnHidden
      ok={{ ...ok, onClick: () => void form.validateFields().then(onSubmit, () => undefined) }}
    >
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} preserve={false}>
        {children}
      </Form>
    </ConfirmModal>
  );
}
