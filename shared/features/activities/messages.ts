import type { Language } from '../../i18n/messages';

/** Validation words of the activities feature's own keys (merged into shared/i18n/messages.ts). */
export const ACTIVITY_MESSAGES: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  'zh-TW': {
    'validation.activityFuture': '紀錄的日期不可晚於今天（尚未發生的拜訪請建立拜訪計畫）',
    'validation.activityTime': '時間格式應為 HH:MM（24 小時制）',
    'validation.activityKind': '活動類別應為拜訪計畫、拜訪紀錄、聯繫紀錄或客戶訪談',
    'validation.contactChannel': '聯繫管道應為電話、電子郵件、簡訊、LINE、DM 或信函',
    'validation.contactDirection': '方向應為主動聯繫客戶或客戶來訊',
    'validation.satisfaction': '滿意度應為 1 到 5 的整數',
    'validation.planCompleted': '此拜訪計畫已完成，不能再次完成',
  },
  en: {
    'validation.activityFuture':
      'A record cannot be dated after today (plan a visit that has not happened yet)',
    'validation.activityTime': 'Time must be HH:MM (24-hour clock)',
    'validation.activityKind': 'The kind must be a visit plan, visit record, contact or client interview',
    'validation.contactChannel': 'The channel must be phone, email, SMS, LINE, DM or letter',
    'validation.contactDirection': 'The direction must be to the client or from the client',
    'validation.satisfaction': 'Satisfaction must be a whole number from 1 to 5',
    'validation.planCompleted': 'This visit plan is already completed',
  },
};
