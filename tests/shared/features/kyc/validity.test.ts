import { describe, expect, it } from 'vitest';
import { addMonths } from '../../../../shared/kernel/dates';
import {
  DEFAULT_KYC_SETTINGS,
  expiresWithin,
  isElderlyAge,
  kycStateOn,
  validUntil,
  type KycProfile,
} from '../../../../shared/features/kyc';

describe('validity from the taken-on day', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-11-30', 12, '2027-11-30'],
    ['2026-08-31', 6, '2027-02-28'],
  ])('%s + %i months is %s', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });

  it('lasts 12 months, or 6 for the elderly, less a day', () => {
    expect(validUntil('2026-11-30', false, DEFAULT_KYC_SETTINGS)).toBe('2027-11-29');
    expect(validUntil('2026-11-30', true, DEFAULT_KYC_SETTINGS)).toBe('2027-05-29');
    expect(validUntil('2026-11-30', false, { ...DEFAULT_KYC_SETTINGS, validityMonths: 24 })).toBe(
      '2028-11-29',
    );
  });

  it("is elderly from the firm's elderly age", () => {
    expect(isElderlyAge(64, DEFAULT_KYC_SETTINGS)).toBe(false);
    expect(isElderlyAge(65, DEFAULT_KYC_SETTINGS)).toBe(true);
    expect(isElderlyAge(null, DEFAULT_KYC_SETTINGS)).toBe(false);
    expect(isElderlyAge(65, { elderlyAge: 70 })).toBe(false);
  });

  it('expires the day after valid-until, and is "expiring" within the notice days before', () => {
    const profile: KycProfile = {
      assessmentId: 'a',
      grade: { scale: 'five', level: 3 },
      takenOn: '2026-01-01',
      validUntil: '2026-12-31',
      confirmed: true,
      needsReview: false,
      elderly: false,
    };
    expect(kycStateOn(profile, '2026-12-31')).toBe('current');
    expect(kycStateOn(profile, '2027-01-01')).toBe('expired');
    expect(expiresWithin('2026-12-31', '2026-12-01', 30)).toBe(true);
    expect(expiresWithin('2026-12-31', '2026-12-31', 30)).toBe(true);
    expect(expiresWithin('2026-12-31', '2026-11-30', 30)).toBe(false);
    expect(expiresWithin('2026-12-31', '2027-01-01', 30)).toBe(false);
  });
});
