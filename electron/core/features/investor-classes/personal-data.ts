import {
  APPLICATION_STATUS_WORDS,
  applicationStatus,
  BASIS_WORDS,
  EVIDENCE_TYPE_WORDS,
  INVESTOR_CLASS_WORDS,
} from '../../../../shared/features/investor-classes';
import type { Language } from '../../../../shared/i18n/messages';
import { NO_VALUE, type PersonalDataSource, type PersonalDataWords } from '../../kernel/personal-data';
import type { InvestorClassService } from './service';

export const INVESTOR_CLASS_DATA_WORDS: Readonly<Record<Language, PersonalDataWords>> = {
  'zh-TW': {
    title: '投資人類別紀錄',
    file: '投資人類別',
    header: ['申請日期', '類別', '依據', '佐證文件', '申請狀態', '生效日期', '恢復日期'],
  },
  en: {
    title: 'Investor class records',
    file: 'investor-class',
    header: ['Applied on', 'Class', 'Basis', 'Evidence', 'Status', 'In effect from', 'Reverted on'],
  },
};

/** The client's investor-class applications with their evidence, activation and reversion. */
export function investorClassPersonalData(classes: InvestorClassService): PersonalDataSource {
  return {
    key: 'investorClasses',
    words: INVESTOR_CLASS_DATA_WORDS,
    read({ clientId, formats: f }) {
      const applications = classes.list(clientId);
      const list = (items: string[]) =>
        items.length === 0 ? NO_VALUE : items.join(f.language === 'en' ? '; ' : '；');
      return {
        rows: applications.map((a) => [
          f.date(a.appliedOn),
          f.words(INVESTOR_CLASS_WORDS[a.investorClass]),
          f.words(BASIS_WORDS[a.basis]),
          list(a.evidence.map((e) => `${f.words(EVIDENCE_TYPE_WORDS[e.type])} ${f.date(e.documentDate)}`)),
          f.words(APPLICATION_STATUS_WORDS[applicationStatus(a)]),
          f.date(a.activation?.effectiveOn ?? null),
          f.date(a.reversion?.revertedOn ?? null),
        ]),
        value: applications,
      };
    },
  };
}
