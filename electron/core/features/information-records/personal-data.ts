import { GIVEN_METHOD_WORDS, MATERIAL_KIND_WORDS } from '../../../../shared/features/information-records';
import type { Language } from '../../../../shared/i18n/messages';
import { NO_VALUE, type PersonalDataSource, type PersonalDataWords } from '../../kernel/personal-data';
import type { InformationRecordsService } from './service';

export const INFORMATION_GIVEN_DATA_WORDS: Readonly<Record<Language, PersonalDataWords>> = {
  'zh-TW': {
    title: '提供資訊紀錄',
    file: '提供資訊紀錄',
    header: ['提供日期', '資料類別', '資料名稱', '提供方式', '提供人員'],
  },
  en: {
    title: 'Information given',
    file: 'information-given',
    header: ['Given on', 'Material kind', 'Material', 'Method', 'Given by'],
  },
};

/**
 * What the client was given. Other recipients of the same material are left out: their names are
 * another person's data.
 */
export function informationGivenPersonalData(records: InformationRecordsService): PersonalDataSource {
  return {
    key: 'informationGiven',
    words: INFORMATION_GIVEN_DATA_WORDS,
    read({ clientId, formats: f }) {
      const given = records.list({ clientId }).map(({ recipients: _others, ...record }) => record);
      return {
        rows: given.map((r) => [
          f.date(r.givenOn),
          f.words(MATERIAL_KIND_WORDS[r.material.kind]),
          r.material.title,
          f.words(GIVEN_METHOD_WORDS[r.method]),
          r.givenBy || NO_VALUE,
        ]),
        value: given,
      };
    },
  };
}
