import type { z } from 'zod';
import { AppError } from '../ipc/result';

/** A VALIDATION error with a message that names the offending field or cell. */
export function invalid(message: string, details?: unknown): AppError {
  return new AppError('VALIDATION', message, details);
}

/** `assets[2].volatility` style path, for messages a person can act on. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(input)' : out;
}

/** Parses `input` with `schema`, or throws a VALIDATION error naming the first bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
  const first = issues[0];
  const where = first ? `${first.path}: ${first.message}` : 'invalid';
  throw invalid(`Invalid ${what}: ${where}`, { issues });
}

/** A number for a message: 12 significant digits, so 0.3 + 0.6 reads 0.9. */
export function num(x: number): number {
  return Number(x.toPrecision(12));
}
