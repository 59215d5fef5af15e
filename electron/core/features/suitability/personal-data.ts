import {
  FINDING_CODE_WORDS,
  OVERRIDE_STATUS_WORDS,
  VERDICT_WORDS,
} from '../../../../shared/features/suitability';
import type { Language } from '../../../../shared/i18n/messages';
import { NO_VALUE, type PersonalDataSource, type PersonalDataWords } from '../../kernel/personal-data';
import type { SuitabilityService } from './service';

export const CHECK_DATA_WORDS: Readonly<Record<Language, PersonalDataWords>> = {
  'zh-TW': {
    title: '適合度檢核紀錄',
    file: '適合度檢核',
    header: ['檢核日期', '商品代號', '結果', '檢核發現'],
  },
  en: {
    title: 'Suitability checks',
    file: 'suitability-checks',
    header: ['Checked on', 'Product codes', 'Verdict', 'Findings'],
  },
};

export const OVERRIDE_DATA_WORDS: Readonly<Record<Language, PersonalDataWords>> = {
  'zh-TW': {
    title: '適合度例外核准紀錄',
    file: '適合度例外核准',
    header: ['申請日期', '檢核結果', '商品代號', '申請理由', '核准狀態', '核決主管', '核決日期'],
  },
  en: {
    title: 'Suitability overrides',
    file: 'suitability-overrides',
    header: ['Requested on', 'Finding', 'Product code', 'Reason', 'Status', 'Supervisor', 'Decided on'],
  },
};

/** The suitability checks saved for the client: the products checked, the verdict and the findings. */
export function suitabilityChecksPersonalData(suitability: SuitabilityService): PersonalDataSource {
  return {
    key: 'suitabilityChecks',
    words: CHECK_DATA_WORDS,
    read({ clientId, formats: f }) {
      const checks = suitability.checksOf(clientId);
      const list = (items: string[]) =>
        items.length === 0 ? NO_VALUE : items.join(f.language === 'en' ? '; ' : '；');
      return {
        rows: checks.map((c) => [
          f.date(c.checkedOn),
          list(c.products.map((p) => p.code)),
          f.words(VERDICT_WORDS[c.verdict]),
          list(c.findings.map((finding) => f.words(FINDING_CODE_WORDS[finding.code]))),
        ]),
        value: checks,
      };
    },
  };
}

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
