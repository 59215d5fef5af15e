import { useState } from 'react';
import type { FormInstance } from 'antd';
import type { z } from 'zod';
import { problemPath, problemText, type ClassProblem } from '../../../../shared/features/investor-classes';
import type { ChannelInput } from '../../../../shared/ipc/contract';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { toErrorInfo } from '../../lib/api';
import { issuesToFieldErrors, serverIssues, type IssueLike } from '../../lib/fieldErrors';
import { useChannelMutation } from '../../lib/queries';

type ClassChannel = 'classes.apply' | 'classes.addEvidence' | 'classes.activate' | 'classes.revert';

/** The refusal's problems (details.problems of a VALIDATION from the core), or none. */
function problemsOf(details: unknown): ClassProblem[] {
  if (typeof details !== 'object' || details === null || !('problems' in details)) return [];
  return Array.isArray(details.problems) ? (details.problems as ClassProblem[]) : [];
}

/**
 * Sends one dialog's input: checked first with the channel's shared schema, then by the core. Each
 * problem lands on its field when the dialog has one (`fields`), else in the dialog's alert,
 * worded in the user's language from the shared rules.
 */
export function useClassSubmit<C extends ClassChannel>(
  channel: C,
  form: FormInstance,
  fields: readonly string[],
  onDone: () => void,
) {
  const { language } = useLanguage();
  const errorText = useErrorText();
  const [general, setGeneral] = useState<string[]>([]);
  // A change shows on the dossier and in the audit trail.
  const mutation = useChannelMutation(channel, { invalidates: ['classes', 'audit'] });

  function show(issues: readonly IssueLike[]) {
    const onForm = issues.filter((issue) => fields.includes(String(issue.path[0])));
    const elsewhere = issues.filter((issue) => !onForm.includes(issue));
    const mapped = issuesToFieldErrors(onForm, language);
    form.setFields(mapped.fields as Parameters<typeof form.setFields>[0]);
    setGeneral([
      ...mapped.general,
      ...issuesToFieldErrors(
        elsewhere.map((i) => ({ ...i, path: [] })),
        language,
      ).general,
    ]);
  }

  async function submit(schema: z.ZodType, input: ChannelInput<C>) {
    setGeneral([]);
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      show(parsed.error.issues);
      return;
    }
    try {
      await mutation.mutateAsync(input);
    } catch (caught) {
      const error = toErrorInfo(caught);
      const problems = problemsOf(error.details);
      const issues =
        problems.length > 0
          ? problems.map((p) => ({ path: problemPath(p), message: problemText(p, language) }))
          : serverIssues(error.details);
      if (issues.length > 0) show(issues);
      else setGeneral([errorText(error)]);
      return;
    }
    form.resetFields();
    onDone();
  }

  return {
    submit,
    form,
    busy: mutation.isPending,
    general,
    reset: () => {
      setGeneral([]);
      form.resetFields();
    },
  };
}

/** What ClassDialog needs of a dialog's submission: the form, whether it is sending, its problems. */
export type ClassSubmission = Omit<ReturnType<typeof useClassSubmit>, 'submit'>;
