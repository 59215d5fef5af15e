import { z } from 'zod';

/**
 * Free-text fields as every form and import reads them. Messages are keys into shared/i18n.
 * Optional text: blank becomes null, so the store never holds empty strings; line breaks are LF
 * whatever the keyboard or file sent, so a note reads back (and round-trips through CSV) unchanged.
 */
export function optionalText(max: number) {
  return z
    .string()
    .max(max, { message: 'validation.tooLong' })
    .nullable()
    .transform((s) => (s === null || s.trim() === '' ? null : s.replace(/\r\n?/g, '\n').trim()));
}

/** Text that must be given: trimmed, at least one character. */
export function requiredText(max: number) {
  return z
    .string({ message: 'validation.required' })
    .trim()
    .min(1, { message: 'validation.required' })
    .max(max, { message: 'validation.tooLong' });
}
