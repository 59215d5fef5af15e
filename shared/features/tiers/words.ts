import type { AuditWords } from '../../ipc/define';

/** What a service plan asks for: a contact, a portfolio review, a KYC re-assessment. */
export const SERVICE_KINDS = ['contact', 'review', 'kyc'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export const SERVICE_KIND_WORDS: Readonly<Record<ServiceKind, AuditWords>> = {
  contact: { 'zh-TW': '聯繫', en: 'Contact' },
  review: { 'zh-TW': '投資組合檢視', en: 'Portfolio review' },
  kyc: { 'zh-TW': 'KYC 重新評估', en: 'KYC re-assessment' },
};

/** The client list's `overdue` filter: anything late, or one kind of service. */
export const OVERDUE_FILTERS = ['any', ...SERVICE_KINDS] as const;
export type OverdueFilter = (typeof OVERDUE_FILTERS)[number];

export const OVERDUE_FILTER_WORDS: Readonly<Record<OverdueFilter, AuditWords>> = {
  any: { 'zh-TW': '任一服務逾期', en: 'Any service overdue' },
  ...SERVICE_KIND_WORDS,
};

/** Why a client's tier changed. */
export const TIER_CHANGE_CAUSES = ['assets', 'override', 'settings'] as const;
export type TierChangeCause = (typeof TIER_CHANGE_CAUSES)[number];

export const TIER_CHANGE_CAUSE_WORDS: Readonly<Record<TierChangeCause, AuditWords>> = {
  assets: { 'zh-TW': '資產變動', en: 'Assets changed' },
  override: { 'zh-TW': '人工指定', en: 'Manual override' },
  settings: { 'zh-TW': '分級設定變更', en: 'Tier settings changed' },
};

/** Where a household member's assets come from. */
export const ASSET_SOURCES = ['holdings', 'stated'] as const;
export type AssetSource = (typeof ASSET_SOURCES)[number];

export const ASSET_SOURCE_WORDS: Readonly<Record<AssetSource, AuditWords>> = {
  holdings: { 'zh-TW': '持有部位市值', en: 'Holdings valuation' },
  stated: { 'zh-TW': '客戶申報資產', en: 'Stated assets' },
};
