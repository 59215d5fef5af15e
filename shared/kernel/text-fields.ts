import { z } from 'zod';

/**
 * NUL and U+FFFD (the mark a decoder leaves for bytes it could not read) are refused in every
 * text field: no one types them, a CSV import refuses a file holding them (a sign of a wrong
 * encoding), so a record holding one could be exported but never imported back. Exports drop them
 * from records written before this rule (io/csv/write.ts). A lone UTF-16 surrogate (broken text
 * pasted or sent over IPC) is refused too: it has no UTF-8 form and would read back as U+FFFD.
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this refuses
export const UNREADABLE_CHARACTERS = /[\u0000\uFFFD]/g;
export const UNREADABLE_TEXT_MESSAGE = 'validation.unreadableCharacter';

const UNSTORABLE = /[\uFFFD\0]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(text: string | null): boolean {
  return text === null || !UNSTORABLE.test(text);
}

/**
 * Free-text fields as every form and import reads them. Messages are keys into shared/i18n.
 * Optional text: blank becomes null, so the store never holds empty strings; line breaks are LF
 * whatever the keyboard or file sent, so a note reads back (and round-trips through CSV) unchanged.
 */
export function optionalText(max: number) {
  return z
    .string()
    .max(max, { message: 'validation.tooLong' })
    .refine(isStorableText, { message: UNREADABLE_TEXT_MESSAGE })
    .nullable()
    .transform((s) => (s === null || s.trim() === '' ? null : s.replace(/\r\n?/g, '\n').trim()));
}

/** Text that must be given: trimmed, at least one character. */
export function requiredText(max: number) {
  return z
    .string({ message: 'validation.required' })
    .trim()
    .min(1, { message: 'validation.required' })
    .max(max, { message: 'validation.tooLong' })
    .refine(isStorableText, { message: UNREADABLE_TEXT_MESSAGE });
}
