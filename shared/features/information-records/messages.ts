import type { Language } from '../../i18n/messages';

/** Validation messages of records of information given; shared/i18n/messages.ts spreads them in. */
export const INFORMATION_RECORD_MESSAGES: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  'zh-TW': {
    'validation.recipientsRequired': '請至少選擇一位客戶',
    'validation.duplicateRecipient': '同一位客戶不可重複選擇',
    'validation.tooManyRecipients': '一筆紀錄最多 500 位客戶',
  },
  en: {
    'validation.recipientsRequired': 'Choose at least one client',
    'validation.duplicateRecipient': 'A client is chosen twice',
    'validation.tooManyRecipients': 'At most 500 clients in one record',
  },
};
