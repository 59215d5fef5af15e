import { translateValidation, type Language } from '../../../shared/i18n/messages';

/** One field's messages, in the shape antd's `form.setFields` takes. */
export interface FieldError {
  name: (string | number)[];
  errors: string[];
}

/** What both zod (client side) and the core (details.issues) describe a problem with. */
export interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

/**
 * Groups issues by field and translates their message keys. Issues about the whole object
 * (empty path) are returned apart, for a form-level alert.
 */
export function issuesToFieldErrors(
  issues: readonly IssueLike[],
  language: Language,
): { fields: FieldError[]; general: string[] } {
  const byPath = new Map<string, FieldError>();
  const general: string[] = [];
  for (const issue of issues) {
    const name = issue.path.filter(
      (p): p is string | number => typeof p === 'string' || typeof p === 'number',
    );
    const text = translateValidation(issue.message, language);
    if (name.length === 0) {
      if (!general.includes(text)) general.push(text);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byPath.get(key) ?? { name, errors: [] };
    if (!entry.errors.includes(text)) entry.errors.push(text);
    byPath.set(key, entry);
  }
  return { fields: [...byPath.values()], general };
}

/** The issues of a VALIDATION error from the core, or none when details has another shape. */
export function serverIssues(details: unknown): IssueLike[] {
  if (typeof details !== 'object' || details === null || !('issues' in details)) return [];
  const { issues } = details;
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((issue: unknown) => {
    if (typeof issue !== 'object' || issue === null) return [];
    if (!('path' in issue) || !('message' in issue)) return [];
    const { path, message } = issue;
    if (!Array.isArray(path) || typeof message !== 'string') return [];
    return [{ path: path.filter((p) => typeof p === 'string' || typeof p === 'number'), message }];
  });
}
