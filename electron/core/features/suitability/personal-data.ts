import { OVERRIDE_STATUS_WORDS } from '../../../../shared/features/suitability';
import type { Language } from '../../../../shared/i18n/messages';
import { NO_VALUE, type PersonalDataSource, type PersonalDataWords } from '../../kernel/personal-data';
import type { SuitabilityService } from './service';

export const OVERRIDE_DATA_WORDS: Readonly<Record<Language, PersonalDataWords>> = {
  'zh-TW': {
    title: '適合度例外核准紀錄',
    file: '適合度例外核准',
    header: ['申請日期', '檢核結果', '商品代號', '申請理由', '狀態', '核決主管', '核決日期'],
  },
  en: {
    title: 'Suitability overrides',
    file: 'suitability-overrides',
    header: ['Requested on', 'Finding', 'Product code', 'Reason', 'Status', 'Supervisor', 'Decided on'],
  },
};

/** The overrides asked for the client: the finding as it read then, the reason and the decision. */
export function suitabilityPersonalData(suitability: SuitabilityService): PersonalDataSource {
  return {
    key: 'suitabilityOverrides',
    words: OVERRIDE_DATA_WORDS,
    read({ clientId, formats: f }) {
      const overrides = suitability.list({ clientId }).map(({ clientName: _name, ...o }) => o);
      return {
        rows: overrides.map((o) => [
          f.day(o.requestedAt),
          f.words(o.message),
          o.productCode ?? NO_VALUE,
          o.reason,
          f.words(OVERRIDE_STATUS_WORDS[o.status]),
          o.supervisorName ?? NO_VALUE,
          o.approvedOn === null ? f.day(o.decidedAt) : f.date(o.approvedOn),
        ]),
        value: overrides,
      };
    },
  };
}
