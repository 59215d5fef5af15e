import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { SettingsPatch } from '../../../../shared/features/settings/schema';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import { useErrorText } from '../../app/useErrorText';
import { issuesToFieldErrors, serverIssues } from '../../lib/fieldErrors';

/**
 * Validates a settings form with its shared schema, saves the patch, and puts any issue (from
 * zod here or from the core) on the form's fields. `prefix` is the patch path the form edits.
 */
export function useSettingsSave<S extends z.ZodType>(
  form: FormInstance,
  schema: S,
  toPatch: (value: z.output<S>) => SettingsPatch,
  prefix: string[] = [],
) {
  const { update } = useSettings();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const { t } = useTranslation();
  const errorText = useErrorText();

  function showIssues(issues: { path: readonly PropertyKey[]; message: string }[]) {
    const { fields, general } = issuesToFieldErrors(issues, language);
    form.setFields(fields);
    general.forEach((text) => void message.error(text));
  }

  return async (input: unknown) => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      showIssues(parsed.error.issues);
      return false;
    }
    const result = await update(toPatch(parsed.data));
    if (result.ok) {
      void message.success(t('settings.saved'));
      return true;
    }
    const issues = serverIssues(result.error.details).map((issue) => ({
      ...issue,
      path: issue.path.slice(prefix.length),
    }));
    if (issues.length > 0) showIssues(issues);
    else void message.error(errorText(result.error));
    return false;
  };
}
