import { useState } from 'react';
import type { FormInstance } from 'antd';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { toErrorInfo } from '../../lib/api';
import { issuesToFieldErrors, serverIssues, type IssueLike } from '../../lib/fieldErrors';
import { formPath, type ActivityFormValues } from './activityFormModel';

/**
 * An activity form's errors: a field's at the field, the rest above the form; `showCaught` says a
 * core refusal the same way (its issues at their fields, or its sentence).
 */
export function useActivityFormErrors(form: FormInstance<ActivityFormValues>) {
  const { language } = useLanguage();
  const errorText = useErrorText();
  const [general, setGeneral] = useState<string[]>([]);

  function show(issues: readonly IssueLike[]) {
    const mapped = issuesToFieldErrors(
      issues.map((issue) => ({ ...issue, path: formPath(issue.path) })),
      language,
    );
    form.setFields(mapped.fields as Parameters<typeof form.setFields>[0]);
    setGeneral(mapped.general);
  }

  function showCaught(caught: unknown) {
    const error = toErrorInfo(caught);
    const found = serverIssues(error.details);
    if (found.length > 0) show(found);
    else setGeneral([errorText(error)]);
  }

  return { general, reset: () => setGeneral([]), show, showCaught };
}
