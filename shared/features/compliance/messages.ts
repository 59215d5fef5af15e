import type { Language } from '../../i18n/messages';

/** Validation messages of the compliance feature; shared/i18n/messages.ts spreads them in. */
export const COMPLIANCE_MESSAGES: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  'zh-TW': {
    'validation.futureDate': '日期不可晚於今天',
    'validation.dateOrder': '日期不可早於收件日期',
    'validation.extensionAfterDue': '延長須於原期限屆滿前通知當事人',
  },
  en: {
    'validation.futureDate': 'The date cannot be later than today',
    'validation.dateOrder': 'The date cannot be earlier than the day received',
    'validation.extensionAfterDue': 'An extension must be notified by the due day',
  },
};
