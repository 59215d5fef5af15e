import { clientFieldLabel } from '../../../../shared/features/clients';
import { CONFIRMATION_METHOD_WORDS, gradeLabel } from '../../../../shared/features/kyc';
import type { Language } from '../../../../shared/i18n/messages';
import { NO_VALUE, type PersonalDataSource, type PersonalDataWords } from '../../kernel/personal-data';
import type { KycService } from './service';

export const KYC_DATA_WORDS: Readonly<Record<Language, PersonalDataWords>> = {
  'zh-TW': {
    title: '風險屬性評估紀錄',
    file: '風險屬性評估',
    header: ['評估日期', '風險等級', '有效期限', '客戶確認', clientFieldLabel('advisor', 'zh-TW')],
  },
  en: {
    title: 'Risk profile assessments',
    file: 'risk-profile',
    header: [
      'Taken on',
      'Grade',
      'Valid until',
      'Confirmed by the client',
      clientFieldLabel('advisor', 'en'),
    ],
  },
};

/** Every KYC assessment of the client, with its answers and scores in the JSON. */
export function kycPersonalData(kyc: KycService): PersonalDataSource {
  return {
    key: 'kycAssessments',
    words: KYC_DATA_WORDS,
    read({ clientId, formats: f }) {
      const history = kyc.history(clientId);
      return {
        rows: history.map((a) => [
          f.date(a.takenOn),
          gradeLabel(a.grade, f.language),
          f.date(a.validUntil),
          a.confirmation === null
            ? NO_VALUE
            : `${f.words(CONFIRMATION_METHOD_WORDS[a.confirmation.method])} ${f.date(a.confirmation.on)}`,
          a.advisor ?? NO_VALUE,
        ]),
        value: history,
      };
    },
  };
}
