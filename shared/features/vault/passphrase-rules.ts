import { COMMON_PASSPHRASES } from './common-passphrases';

/** The same floor the vault itself enforces, so no caller can go under it. */
export const MIN_PASSPHRASE_LENGTH = 10;
export const MAX_PASSPHRASE_LENGTH = 1024;

/**
 * Why a new passphrase is refused, as a validation message key, or null when it may be used:
 * shorter than 10 characters, only spaces, or one of the commonest passwords (compared in lower
 * case, full-width letters and digits as ASCII, spaces removed) or one character repeated.
 * Every boundary asks this one function: the IPC contract, the vault, the setup form.
 */
export function passphraseProblem(passphrase: string): string | null {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return 'validation.passphrase.short';
  if (passphrase.length > MAX_PASSPHRASE_LENGTH) return 'validation.tooLong';
  const squeezed = passphrase.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
  if (squeezed === '') return 'validation.passphrase.blank';
  if (COMMON_PASSPHRASES.has(squeezed) || new Set(squeezed).size === 1) return 'validation.passphrase.common';
  return null;
}

export const PASSPHRASE_MESSAGES = {
  'zh-TW': {
    'validation.passphrase.blank': '密碼不可只有空白，請加入文字、數字或符號',
    'validation.passphrase.common': '這是最常見的密碼之一，容易被猜中，請改用其他密碼',
  },
  en: {
    'validation.passphrase.blank': 'The passphrase cannot be only spaces',
    'validation.passphrase.common':
      'This is one of the commonest passwords and easy to guess; choose another',
  },
} as const;
