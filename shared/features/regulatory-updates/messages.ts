import type { Language } from '../../i18n/messages';

/** Validation messages of the regulatory-update log; shared/i18n/messages.ts spreads them in. */
export const REGULATORY_UPDATE_MESSAGES: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  'zh-TW': {
    'validation.link': '連結須為 http:// 或 https:// 開頭的網址',
    'validation.effectiveBeforeIssued': '生效日期不可早於發布日期',
    'validation.fileName': '檔名不可包含路徑',
    'validation.attachmentTooLarge': '附件過大，最多 10 MB',
  },
  en: {
    'validation.link': 'The link must be an http:// or https:// address',
    'validation.effectiveBeforeIssued': 'The effective date cannot be before the issue date',
    'validation.fileName': 'The file name cannot hold a folder',
    'validation.attachmentTooLarge': 'The attachment is too large: at most 10 MB',
  },
};
