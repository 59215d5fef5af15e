import {
  ACTIVITY_FIELD_WORDS,
  ACTIVITY_KIND_WORDS,
  FOLLOW_UP_STATE_WORDS,
  activityDetails,
  activityHeadline,
} from '../../../../shared/features/activities';
import type { Language } from '../../../../shared/i18n/messages';
import { NO_VALUE, type PersonalDataSource, type PersonalDataWords } from '../../kernel/personal-data';
import type { ActivitiesService } from './service';

const header = (
  language: Language,
  keys: (keyof typeof ACTIVITY_FIELD_WORDS)[],
  kind: string,
  more: string,
) => [...keys.map((key) => ACTIVITY_FIELD_WORDS[key][language]), kind, more];

export const ACTIVITIES_DATA_WORDS: Readonly<Record<Language, PersonalDataWords>> = {
  'zh-TW': {
    title: '客戶活動紀錄',
    file: '客戶活動紀錄',
    header: header('zh-TW', ['date', 'time'], '類別', '摘要').concat('內容'),
  },
  en: {
    title: 'Client activities',
    file: 'activities',
    header: header('en', ['date', 'time'], 'Kind', 'Summary').concat('Details'),
  },
};

export const FOLLOW_UPS_DATA_WORDS: Readonly<Record<Language, PersonalDataWords>> = {
  'zh-TW': { title: '待辦追蹤', file: '待辦追蹤', header: ['待辦事項', '到期日', '完成狀態', '完成日'] },
  en: { title: 'Follow-up tasks', file: 'follow-ups', header: ['Task', 'Due', 'State', 'Done on'] },
};

/** The client's timeline: visit plans and records, contacts, interviews. */
export function activitiesPersonalData(activities: ActivitiesService): PersonalDataSource {
  return {
    key: 'activities',
    words: ACTIVITIES_DATA_WORDS,
    read({ clientId, formats: f }) {
      const list = activities.timeline(clientId).activities;
      return {
        rows: list.map((a) => [
          f.date(a.date),
          a.time ?? NO_VALUE,
          f.words(ACTIVITY_KIND_WORDS[a.kind]),
          activityHeadline(a, f.language),
          activityDetails(a, f.language)
            .map(({ label, value }) => `${label}${f.language === 'zh-TW' ? '：' : ': '}${value}`)
            .join(f.language === 'zh-TW' ? '；' : '; ') || NO_VALUE,
        ]),
        value: list,
      };
    },
  };
}

/** The client's follow-up tasks. */
export function followUpsPersonalData(activities: ActivitiesService): PersonalDataSource {
  return {
    key: 'followUps',
    words: FOLLOW_UPS_DATA_WORDS,
    read({ clientId, formats: f }) {
      const list = activities.timeline(clientId).followUps;
      return {
        rows: list.map((t) => [
          t.title,
          f.date(t.dueOn),
          f.words(FOLLOW_UP_STATE_WORDS[t.doneOn === null ? 'open' : 'done']),
          f.date(t.doneOn),
        ]),
        value: list,
      };
    },
  };
}
