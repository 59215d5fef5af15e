import type { AuditWords } from '../../ipc/define';

/**
 * The activities feature's enum words, one home each: the timeline, the quick-entry dialog, the
 * CLI, the personal-data copy and the audit screen all read them here.
 */
export const ACTIVITY_KINDS = ['visit_plan', 'visit', 'contact', 'interview'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_KIND_WORDS: Readonly<Record<ActivityKind, AuditWords>> = {
  visit_plan: { 'zh-TW': '拜訪計畫', en: 'Visit plan' },
  visit: { 'zh-TW': '拜訪紀錄', en: 'Visit record' },
  contact: { 'zh-TW': '聯繫紀錄', en: 'Contact' },
  interview: { 'zh-TW': '客戶訪談', en: 'Client interview' },
};

/** DM, email, SMS, phone, LINE, letter (O2.2.2). */
export const CONTACT_CHANNELS = ['phone', 'email', 'sms', 'line', 'dm', 'letter'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const CONTACT_CHANNEL_WORDS: Readonly<Record<ContactChannel, AuditWords>> = {
  phone: { 'zh-TW': '電話聯繫', en: 'Phone' },
  email: { 'zh-TW': '電子郵件聯繫', en: 'Email' },
  sms: { 'zh-TW': '簡訊', en: 'SMS' },
  line: { 'zh-TW': 'LINE', en: 'LINE' },
  dm: { 'zh-TW': 'DM', en: 'Direct mail (DM)' },
  letter: { 'zh-TW': '信函', en: 'Letter' },
};

export const CONTACT_DIRECTIONS = ['out', 'in'] as const;
export type ContactDirection = (typeof CONTACT_DIRECTIONS)[number];

export const CONTACT_DIRECTION_WORDS: Readonly<Record<ContactDirection, AuditWords>> = {
  out: { 'zh-TW': '主動聯繫客戶', en: 'To the client' },
  in: { 'zh-TW': '客戶來訊', en: 'From the client' },
};

/** Satisfaction 1-5 (O2.3.1). */
export const SATISFACTION_WORDS: Readonly<Record<number, AuditWords>> = {
  1: { 'zh-TW': '1 非常不滿意', en: '1 Very dissatisfied' },
  2: { 'zh-TW': '2 不滿意', en: '2 Dissatisfied' },
  3: { 'zh-TW': '3 普通', en: '3 Neutral' },
  4: { 'zh-TW': '4 滿意', en: '4 Satisfied' },
  5: { 'zh-TW': '5 非常滿意', en: '5 Very satisfied' },
};

export const FOLLOW_UP_STATE_WORDS: Readonly<Record<'open' | 'done', AuditWords>> = {
  open: { 'zh-TW': '未完成', en: 'Open' },
  done: { 'zh-TW': '已完成', en: 'Done' },
};

/** The activities' field labels: the timeline, the dialogs' labels and the personal-data copy. */
export const ACTIVITY_FIELD_WORDS = {
  date: { 'zh-TW': '日期', en: 'Date' },
  time: { 'zh-TW': '時間', en: 'Time' },
  place: { 'zh-TW': '地點', en: 'Place' },
  agenda: { 'zh-TW': '拜訪議程', en: 'Agenda' },
  objectives: { 'zh-TW': '拜訪目標', en: 'Objectives' },
  materials: { 'zh-TW': '攜帶或提供資料', en: 'Materials' },
  attendees: { 'zh-TW': '出席人員', en: 'Attendees' },
  discussed: { 'zh-TW': '討論內容', en: 'What was discussed' },
  needs: { 'zh-TW': '客戶需求', en: "Client's needs" },
  review: { 'zh-TW': '投資組合檢視', en: 'Portfolio review' },
  channel: { 'zh-TW': '聯繫管道', en: 'Channel' },
  direction: { 'zh-TW': '方向', en: 'Direction' },
  subject: { 'zh-TW': '主旨', en: 'Subject' },
  outcome: { 'zh-TW': '結果', en: 'Outcome' },
  satisfaction: { 'zh-TW': '滿意度', en: 'Satisfaction' },
  comments: { 'zh-TW': '客戶意見', en: "Client's comments" },
  followUps: { 'zh-TW': '待辦追蹤', en: 'Follow-ups' },
  dueOn: { 'zh-TW': '到期日', en: 'Due' },
  title: { 'zh-TW': '待辦事項', en: 'Task' },
} as const satisfies Record<string, AuditWords>;
