import type { AuditWords } from '../../ipc/define';
import { INVESTOR_CLASS_SETTINGS_WORDS } from '../investor-classes/settings';
import { KYC_SETTINGS_WORDS } from '../kyc/settings';
import { SHELF_SETTINGS_WORDS } from '../products/settings';
import { PROPOSAL_SETTINGS_WORDS } from '../proposals/settings';
import { SUITABILITY_SETTINGS_WORDS } from '../suitability/settings';
import { TIER_SETTINGS_WORDS } from '../tiers/settings';
import { COMPLIANCE_SETTINGS_WORDS } from '../compliance/settings';
import { ESCALATION_SETTINGS_WORDS } from '../escalations/settings';
import { PIPELINE_SETTINGS_WORDS } from '../pipeline/settings';
import { BACKUP_SETTINGS_WORDS } from '../backup/settings';
import { MARKET_DATA_SETTINGS_WORDS } from '../market-data/settings';
import type { Settings } from './schema';

/**
 * The words for each setting, as the audit trail names what changed (the entry holds the keys,
 * never the values). A new setting without words does not compile.
 */
export const SETTINGS_KEY_WORDS: Readonly<Record<keyof Settings, AuditWords>> = {
  branding: { 'zh-TW': '公司品牌', en: 'firm branding' },
  advisorName: { 'zh-TW': '顧問姓名', en: 'advisor name' },
  dateFormat: { 'zh-TW': '日期格式', en: 'date format' },
  timeZone: { 'zh-TW': '時區', en: 'time zone' },
  autoLockMinutes: { 'zh-TW': '自動鎖定時間', en: 'auto-lock time' },
  fxRates: { 'zh-TW': '匯率', en: 'exchange rates' },
  kyc: KYC_SETTINGS_WORDS,
  investorClasses: INVESTOR_CLASS_SETTINGS_WORDS,
  suitability: SUITABILITY_SETTINGS_WORDS,
  shelf: SHELF_SETTINGS_WORDS,
  proposals: PROPOSAL_SETTINGS_WORDS,
  tiers: TIER_SETTINGS_WORDS,
  compliance: COMPLIANCE_SETTINGS_WORDS,
  escalations: ESCALATION_SETTINGS_WORDS,
  pipeline: PIPELINE_SETTINGS_WORDS,
  backup: BACKUP_SETTINGS_WORDS,
  marketData: MARKET_DATA_SETTINGS_WORDS,
};
