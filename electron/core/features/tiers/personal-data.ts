import { TIER_CHANGE_CAUSE_WORDS } from '../../../../shared/features/tiers';
import type { Language } from '../../../../shared/i18n/messages';
import { NO_VALUE, type PersonalDataSource, type PersonalDataWords } from '../../kernel/personal-data';
import type { TiersService } from './service';

export const TIER_DATA_WORDS: Readonly<Record<Language, PersonalDataWords>> = {
  'zh-TW': { title: '客戶分級紀錄', file: '客戶分級', header: ['日期', '原分級', '新分級', '原因'] },
  en: { title: 'Client tier records', file: 'client-tier', header: ['Date', 'From', 'To', 'Cause'] },
};

/** The client's tier changes (and, in the JSON, the manual override with its reason). */
export function tiersPersonalData(tiers: TiersService): PersonalDataSource {
  const tierName = (key: string, language: Language) => tiers.tierName(key, language);
  return {
    key: 'tiers',
    words: TIER_DATA_WORDS,
    read({ clientId, formats: f }) {
      const tier = tiers.ofClient(clientId);
      return {
        rows: tier.history.map((change) => [
          f.date(change.on),
          change.from === null ? NO_VALUE : tierName(change.from, f.language),
          tierName(change.to, f.language),
          f.words(TIER_CHANGE_CAUSE_WORDS[change.cause]),
        ]),
        value: { tierKey: tier.tierKey, override: tier.override, history: tier.history },
      };
    },
  };
}
