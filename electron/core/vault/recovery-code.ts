import { randomInt } from 'node:crypto';

/** RFC 4648 base32: no 0, 1, 8 or 9, so nothing reads as a look-alike letter. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const LENGTH = 25; // 25 × 5 bits = 125 bits of entropy
const GROUP = 5;
const SHAPE = /^[A-Z2-7]{25}$/;

/** A new recovery code, e.g. `K7QXM-2ZC4D-…`, shown to the user once. */
export function generateRecoveryCode(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i += 1) code += ALPHABET.charAt(randomInt(ALPHABET.length));
  return code.match(new RegExp(`.{${GROUP}}`, 'g'))!.join('-');
}

/**
 * The canonical form that is fed to the KDF: upper case, separators and spaces dropped, and the
 * digits people type for look-alike letters mapped back (0→O, 1→I, 8→B). Null when the result
 * cannot be a recovery code.
 */
export function normalizeRecoveryCode(input: string): string | null {
  const code = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/0/g, 'O')
    .replace(/1/g, 'I')
    .replace(/8/g, 'B');
  return SHAPE.test(code) ? code : null;
}
