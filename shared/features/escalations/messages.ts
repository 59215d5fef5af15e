import type { Language } from '../../i18n/messages';

/** Validation messages of the escalations feature; shared/i18n/messages.ts spreads them in. */
export const ESCALATION_MESSAGES: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  'zh-TW': {
    'validation.feedbackTags': '請至少選一個分析標籤',
    'validation.dateTime': '請輸入日期與時間',
    'validation.futureTime': '時間不可晚於現在',
    'validation.toldBeforeRaised': '通報時間不可早於發現時間',
  },
  en: {
    'validation.feedbackTags': 'Choose at least one analysis tag',
    'validation.dateTime': 'Enter a date and time',
    'validation.futureTime': 'The time cannot be later than now',
    'validation.toldBeforeRaised': 'Reported before it was noticed',
  },
};
