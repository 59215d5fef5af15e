import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { SettingsPatch } from '../../../../shared/features/settings/schema';
import { useLanguage } from '../../app/language';
import type { LeaveGuard } from '../../app/useLeaveGuard';
import { useErrorText } from '../../app/useErrorText';
import { toErrorInfo } from '../../lib/api';
import { issuesToFieldErrors, serverIssues } from '../../lib/fieldErrors';
import { useChannelMutation } from '../../lib/queries';

/**
 * Validates a settings form with its shared schema, saves the patch (which refreshes the
 * settings everywhere), and puts any issue (from zod here or from the core) on the form's
 * fields. `prefix` is the patch path the form edits; `name` is the form's name for the guard;
 * `alsoStale` names other features whose answers the setting changes.
 */
export function useSettingsSave<S extends z.ZodType>(
  form: FormInstance,
  schema: S,
  toPatch: (value: z.output<S>) => SettingsPatch,
  {
    guard,
    name,
    prefix = [],
    alsoStale = [],
  }: { guard: LeaveGuard; name: string; prefix?: string[]; alsoStale?: readonly string[] },
) {
  const { language } = useLanguage();
  const { message } = App.useApp();
  const { t } = useTranslation();
  const errorText = useErrorText();
  const update = useChannelMutation('settings.update', { invalidates: ['settings', ...alsoStale] });

  function showIssues(issues: { path: readonly PropertyKey[]; message: string }[]) {
    const { fields, general } = issuesToFieldErrors(issues, language);
    form.setFields(fields);
    general.forEach((text) => void message.error(text));
  }

  async function save(input: unknown) {
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      showIssues(parsed.error.issues);
      return;
    }
    try {
      await update.mutateAsync(toPatch(parsed.data));
    } catch (caught) {
      const error = toErrorInfo(caught);
      const issues = serverIssues(error.details).map((issue) => ({
        ...issue,
        path: issue.path.slice(prefix.length),
      }));
      if (issues.length > 0) showIssues(issues);
      else void message.error(errorText(error));
      return;
    }
    guard.saved(name);
    void message.success(t('settings.saved'));
  }

  return {
    save,
    busy: update.isPending,
    /** For the form's onValuesChange. */
    changed: () => guard.changed(name),
  };
}
