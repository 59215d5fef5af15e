import { App, type FormInstance } from 'antd';
import { useLanguage } from '../app/language';
import { useErrorText } from '../app/useErrorText';
import type { ApiError } from './api';
import { issuesToFieldErrors, serverIssues } from './fieldErrors';

/**
 * A mutation's onError for a dialog's form: issues under `data.…` at their field, the rest as a
 * message. `flat` names groups the form shows as plain fields (`data.material.title` → `title`).
 */
export function useDialogErrors(
  form: FormInstance,
  fieldPrefix: readonly string[] = ['data'],
  flat: readonly string[] = [],
) {
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  return (error: ApiError) => {
    const issues = serverIssues(error.details).map((issue) => ({
      ...issue,
      path: issue.path.slice(fieldPrefix.length).filter((part) => !flat.includes(String(part))),
    }));
    const { fields } = issuesToFieldErrors(issues, language);
    if (fields.length > 0) form.setFields(fields as Parameters<typeof form.setFields>[0]);
    else void message.error(errorText(error));
  };
}
