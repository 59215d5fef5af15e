import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  genderFromNationalId,
  maskNationalId,
  nationalIdCheckDigit,
  nationalIdProblem,
  normalizeNationalId,
} from '../../../../shared/features/clients/national-id';

describe('national ID', () => {
  it('accepts known-valid IDs and refuses a changed check digit', () => {
    // A123456789 is the textbook example; F131104093 and B201234568 were checked by hand.
    for (const id of ['A123456789', 'F131104093', 'B201234568']) expect(nationalIdProblem(id)).toBeNull();
    expect(nationalIdProblem('A123456788')).toBe('checksum');
  });

  it('tells a malformed ID from a wrong check digit', () => {
    for (const id of ['', 'A12345678', 'A1234567890', '1123456789', 'A323456789', 'a123456789']) {
      expect(nationalIdProblem(id)).toBe('format');
    }
    expect(normalizeNationalId(' a123456789 ')).toBe('A123456789');
  });

  it('makes a valid ID from any letter and digits with the computed check digit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
        fc.constantFrom('1', '2', '8', '9'),
        fc.stringMatching(/^\d{7}$/),
        (letter, sex, digits) => {
          const firstNine = `${letter}${sex}${digits}`;
          const id = `${firstNine}${nationalIdCheckDigit(firstNine)}`;
          expect(nationalIdProblem(id)).toBeNull();
          const wrong = `${firstNine}${(nationalIdCheckDigit(firstNine) + 1) % 10}`;
          expect(nationalIdProblem(wrong)).toBe('checksum');
        },
      ),
    );
  });

  it('masks the middle four characters: A12****789', () => {
    expect(maskNationalId('A123456789')).toBe('A12****789');
    expect(maskNationalId('A12')).toBe('***');
  });

  it('reads the sex from the second digit: 1 and 8 male, 2 and 9 female; nothing from an invalid ID', () => {
    const valid = (firstNine: string) => `${firstNine}${nationalIdCheckDigit(firstNine)}`;
    expect(genderFromNationalId(valid('A12345678'))).toBe('M');
    expect(genderFromNationalId(valid('A22345678'))).toBe('F');
    expect(genderFromNationalId(valid('A82345678'))).toBe('M');
    expect(genderFromNationalId(valid('A92345678'))).toBe('F');
    expect(genderFromNationalId(' b201234568 ')).toBe('F');
    for (const id of ['', 'A1', 'A123456788', 'A323456789']) expect(genderFromNationalId(id)).toBeNull();
  });
});
