/**
 * Taiwan national ID (身分證字號) and the 2021 resident certificate number: one letter and nine
 * digits, the last a check digit. The letter stands for a two-digit area code.
 */
const AREA_CODES: Readonly<Record<string, number>> = {
  A: 10,
  B: 11,
  C: 12,
  D: 13,
  E: 14,
  F: 15,
  G: 16,
  H: 17,
  I: 34,
  J: 18,
  K: 19,
  L: 20,
  M: 21,
  N: 22,
  O: 35,
  P: 23,
  Q: 24,
  R: 25,
  S: 26,
  T: 27,
  U: 28,
  V: 29,
  W: 32,
  X: 30,
  Y: 31,
  Z: 33,
};
const DIGIT_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 1, 1] as const;
const SHAPE = /^[A-Z][1289]\d{8}$/;

export type NationalIdProblem = 'format' | 'checksum';

export function normalizeNationalId(raw: string): string {
  return raw.trim().toUpperCase();
}

/** Returns null when the ID is valid, or what is wrong with it. */
export function nationalIdProblem(id: string): NationalIdProblem | null {
  if (!SHAPE.test(id)) return 'format';
  const area = AREA_CODES[id.charAt(0)];
  if (area === undefined) return 'format';
  let sum = Math.floor(area / 10) + (area % 10) * 9;
  for (let i = 0; i < 9; i += 1) sum += Number(id.charAt(i + 1)) * DIGIT_WEIGHTS[i]!;
  return sum % 10 === 0 ? null : 'checksum';
}

export function isValidNationalId(id: string): boolean {
  return nationalIdProblem(id) === null;
}

/** The check digit that makes `letter + eightDigits + ?` valid (used by the demo generator). */
export function nationalIdCheckDigit(firstNine: string): number {
  const area = AREA_CODES[firstNine.charAt(0)];
  if (area === undefined || !/^[A-Z][1289]\d{7}$/.test(firstNine)) {
    throw new Error('first nine characters must be a letter, 1/2/8/9 and seven digits');
  }
  let sum = Math.floor(area / 10) + (area % 10) * 9;
  for (let i = 0; i < 8; i += 1) sum += Number(firstNine.charAt(i + 1)) * DIGIT_WEIGHTS[i]!;
  return (10 - (sum % 10)) % 10;
}

/**
 * The sex the ID states, from its second digit: 1 male and 2 female on a national ID, 8 male and
 * 9 female on a resident certificate (新式統一證號). Null while the ID is not a valid one.
 */
export function genderFromNationalId(raw: string): 'M' | 'F' | null {
  const id = normalizeNationalId(raw);
  if (nationalIdProblem(id) !== null) return null;
  const digit = id.charAt(1);
  return digit === '1' || digit === '8' ? 'M' : 'F';
}

/** A12****789: the first three and last three characters stay, the middle four are hidden; none is ''. */
export function maskNationalId(id: string | null): string {
  if (id === null) return '';
  if (id.length < 7) return '*'.repeat(id.length);
  return `${id.slice(0, 3)}${'*'.repeat(id.length - 6)}${id.slice(-3)}`;
}
