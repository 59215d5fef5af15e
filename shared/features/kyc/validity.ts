import { addDays, addMonths, ageOn } from '../../kernel/dates';
import type { KycSettings } from './settings';

/** When a profile lapses and who counts as elderly, from calendar days (YYYY-MM-DD). */

/** The client's age on a day, or null without a birth date. */
export function ageOnDay(birthDate: string | null, day: string): number | null {
  return birthDate === null ? null : ageOn(birthDate, day);
}

/** From the firm's elderly age the elderly questions and the shorter validity apply. */
export function isElderlyAge(age: number | null, settings: Pick<KycSettings, 'elderlyAge'>): boolean {
  return age !== null && age >= settings.elderlyAge;
}

/** The last day a profile taken on `takenOn` is valid: 12 months (6 for the elderly) less a day by default. */
export function validUntil(
  takenOn: string,
  elderly: boolean,
  settings: Pick<KycSettings, 'validityMonths' | 'elderlyValidityMonths'>,
): string {
  const months = elderly ? settings.elderlyValidityMonths : settings.validityMonths;
  return addDays(addMonths(takenOn, months), -1);
}

/** Still valid on `day`, but lapsing within the notice period (valid until at most `noticeDays` later). */
export function expiresWithin(validUntilDay: string, day: string, noticeDays: number): boolean {
  return validUntilDay >= day && validUntilDay <= addDays(day, noticeDays);
}
