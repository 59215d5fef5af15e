import type { ReactNode } from 'react';
import { App, Form, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useLanguage } from '../app/language';
import { useErrorText } from '../app/useErrorText';
import type { ApiError } from './api';
import { ConfirmModal } from './ConfirmModal';
import { issuesToFieldErrors, serverIssues } from './fieldErrors';

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

/** The onError of a dialog's mutation: field issues onto the form, the rest as a message. */
export function useDialogErrors(form: FormInstance, fieldPrefix: readonly string[] = ['data']) {
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  return (error: ApiError) => {
    const issues = serverIssues(error.details).map((issue) => ({
      ...issue,
      path: issue.path.slice(fieldPrefix.length),
    }));
    const { fields } = issuesToFieldErrors(issues, language);
    if (fields.length > 0) form.setFields(fields as Parameters<typeof form.setFields>[0]);
    else void message.error(errorText(error));
  };
}
