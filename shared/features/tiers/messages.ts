import type { AuditWords } from '../../ipc/define';

type Language = keyof AuditWords;

/** Validation messages of the tiers feature, merged into shared/i18n's table. */
export const TIER_MESSAGES: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  'zh-TW': {
    'validation.planDays': '聯繫週期須為 1 至 730 天',
    'validation.planMonths': '檢視週期須為 1 至 60 個月',
    'validation.tierKeys': '各分級的代碼不得重複',
    'validation.tierLastCriteria': '最低一級不得設定其他條件（須涵蓋其餘所有客戶）',
    'validation.tierUnknown': '沒有此分級',
    'validation.overrideReason': '人工指定分級須填寫理由',
  },
  en: {
    'validation.planDays': 'The contact cycle must be 1 to 730 days',
    'validation.planMonths': 'The review cycle must be 1 to 60 months',
    'validation.tierKeys': 'Each tier needs its own code',
    'validation.tierLastCriteria': 'The lowest tier takes every other client: it cannot have criteria',
    'validation.tierUnknown': 'There is no such tier',
    'validation.overrideReason': 'A manual tier needs a reason',
  },
};
