import { useState } from 'react';
import { Alert, type FormInstance } from 'antd';
import { useLanguage } from '../app/language';
import { useLeaveGuard } from '../app/useLeaveGuard';
import { toErrorInfo, type ApiError } from './api';
import { issuesToFieldErrors, serverIssues, type IssueLike } from './fieldErrors';

/** What a record's form (new or edit) gets from its page. */
export interface RecordFormProps<Values, Input, Saved> {
  initialValues: Values;
  /** Saves valid input; rejects with the core's ApiError. */
  save: (input: Input) => Promise<Saved>;
  saving: boolean;
  /** The last save's error, until the next save starts. */
  saveError: ApiError | null;
  onSaved: (saved: Saved) => void;
  onCancel: () => void;
  /** Replaces the form with the stored record (after a CONFLICT, when the user asks). */
  onReloadLatest?: () => void;
}

type Parsed = { ok: true } | { ok: false; issues: readonly IssueLike[] };

/**
 * The save plumbing of a record's form (a client, a product): the shared schema's issues land on
 * their fields and those about the whole record in one alert (`generalAlert`); the core's
 * VALIDATION issues land on the same fields; typing not saved yet asks before leaving the page
 * (render `prompt`, call `changed` on every change).
 */
export function useFormSave<P extends Parsed, Saved>({
  form,
  name,
  parse,
  save,
  fieldPath = (path) => path,
  onSaved,
}: {
  form: FormInstance;
  /** The form's name for the page's leave guard. */
  name: string;
  parse: () => P;
  /** Saves valid input; rejects with the core's ApiError. */
  save: (parsed: Extract<P, { ok: true }>) => Promise<Saved>;
  /** Where a field the core names sits on the form, when not at the same path. */
  fieldPath?: (path: readonly PropertyKey[]) => readonly PropertyKey[];
  onSaved: (saved: Saved) => void;
}) {
  const { language } = useLanguage();
  const { guard, prompt } = useLeaveGuard();
  const [general, setGeneral] = useState<string[]>([]);

  function showIssues(issues: readonly IssueLike[]) {
    const mapped = issuesToFieldErrors(issues, language);
    form.setFields(mapped.fields as Parameters<typeof form.setFields>[0]);
    setGeneral(mapped.general);
  }

  async function submit() {
    setGeneral([]);
    const parsed = parse();
    if (!parsed.ok) {
      showIssues(parsed.issues);
      return;
    }
    let saved: Saved;
    try {
      saved = await save(parsed as Extract<P, { ok: true }>);
    } catch (caught) {
      const error = toErrorInfo(caught);
      if (error.code === 'VALIDATION') {
        // The core names fields from the channel's input, where the form's values sit under `data`.
        showIssues(
          serverIssues(error.details).map((i) => ({
            ...i,
            path: fieldPath(i.path[0] === 'data' ? i.path.slice(1) : i.path),
          })),
        );
      }
      return;
    }
    guard.saved(name);
    onSaved(saved);
  }

  return {
    submit: () => void submit(),
    changed: () => guard.changed(name),
    prompt,
    generalAlert:
      general.length > 0 ? (
        <Alert type="error" showIcon title={general.join('；')} className="form-alert" />
      ) : null,
  };
}
