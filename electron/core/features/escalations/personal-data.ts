import {
  ESCALATION_KIND_WORDS,
  ESCALATION_SEVERITY_WORDS,
  ESCALATION_STATE_WORDS,
  FEEDBACK_TAG_WORDS,
  FEEDBACK_TOPIC_WORDS,
} from '../../../../shared/features/escalations';
import type { Language } from '../../../../shared/i18n/messages';
import { NO_VALUE, type PersonalDataSource, type PersonalDataWords } from '../../kernel/personal-data';
import type { EscalationsService } from './service';

export const FEEDBACK_DATA_WORDS: Readonly<Record<Language, PersonalDataWords>> = {
  'zh-TW': { title: '客戶回饋', file: '客戶回饋', header: ['日期', '類別', '分析標籤', '內容', '商品'] },
  en: { title: 'Feedback', file: 'feedback', header: ['Date', 'Topic', 'Tags', 'Summary', 'Product'] },
};

export const ESCALATION_DATA_WORDS: Readonly<Record<Language, PersonalDataWords>> = {
  'zh-TW': {
    title: '異常通報',
    file: '異常通報',
    header: ['發現日期', '類別', '嚴重度', '說明', '通報對象', '處理狀態', '解決日期'],
  },
  en: {
    title: 'Escalations',
    file: 'escalations',
    header: ['Noticed', 'Kind', 'Severity', 'Description', 'Told', 'State', 'Resolved'],
  },
};

/** The client's feedback entries (their name left out of the JSON: it is in the dossier). */
export function feedbackPersonalData(escalations: EscalationsService): PersonalDataSource {
  return {
    key: 'feedback',
    words: FEEDBACK_DATA_WORDS,
    read({ clientId, formats: f }) {
      const entries = escalations.feedback({ clientId }).map(({ clientName: _name, ...e }) => e);
      return {
        rows: entries.map((e) => [
          f.date(e.receivedOn),
          f.words(FEEDBACK_TOPIC_WORDS[e.topic]),
          e.tags.map((tag) => f.words(FEEDBACK_TAG_WORDS[tag])).join('、'),
          e.summary,
          e.productName ?? NO_VALUE,
        ]),
        value: entries,
      };
    },
  };
}

/** The anomalies escalated about the client, with every action taken. */
export function escalationsPersonalData(escalations: EscalationsService): PersonalDataSource {
  return {
    key: 'escalations',
    words: ESCALATION_DATA_WORDS,
    read({ clientId, formats: f }) {
      const records = escalations.escalations({ clientId }).map(({ clientName: _name, ...e }) => e);
      return {
        rows: records.map((e) => [
          f.day(e.raisedAt),
          f.words(ESCALATION_KIND_WORDS[e.kind]),
          f.words(ESCALATION_SEVERITY_WORDS[e.severity]),
          e.description,
          e.toldWhom,
          f.words(ESCALATION_STATE_WORDS[e.state]),
          f.day(e.resolvedAt),
        ]),
        value: records,
      };
    },
  };
}
