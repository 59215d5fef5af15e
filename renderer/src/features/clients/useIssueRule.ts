import { useCallback } from 'react';
import type { FormInstance } from 'antd';
import { translateValidation } from '../../../../shared/i18n/messages';
import { useLanguage } from '../../app/language';
import { issuesAt, parseClientForm, type ClientFormValues, type FormMode } from './clientFormModel';

/** An antd validator rule for one form path. */
export type PathRule = (path: (string | number)[]) => { validator: () => Promise<void> };

/**
 * An antd rule for one form path that runs the shared zod schema on the whole form and reports
 * the issues at that path, translated. One schema, so the screen and the core agree.
 */
export function useIssueRule(form: FormInstance<ClientFormValues>, mode: FormMode): PathRule {
  const { language } = useLanguage();
  return useCallback(
    (path: (string | number)[]) => ({
      validator: async () => {
        const parsed = parseClientForm(form.getFieldsValue(true) as ClientFormValues, mode);
        if (parsed.ok) return;
        const messages = issuesAt(parsed.issues, path).map((issue) =>
          translateValidation(issue.message, language),
        );
        if (messages.length > 0) throw new Error([...new Set(messages)].join('；'));
      },
    }),
    [form, mode, language],
  );
}
