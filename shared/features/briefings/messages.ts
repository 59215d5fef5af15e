import type { Language } from '../../i18n/messages';

/** The briefings feature's validation and error messages (shared/i18n/messages.ts spreads them). */
export const BRIEFINGS_MESSAGES: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  'zh-TW': {
    'validation.briefings.tooMany': '項目過多',
    'validation.briefings.image': '圖片須為 PNG 或 JPEG，且不超過 2 MB',
  },
  en: {
    'validation.briefings.tooMany': 'Too many items',
    'validation.briefings.image': 'An image must be PNG or JPEG and at most 2 MB',
  },
};
