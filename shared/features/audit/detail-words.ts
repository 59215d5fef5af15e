import type { Language } from '../../i18n/messages';
import { PART_SEPARATOR, rowCountWords, type AuditWords } from '../../ipc/define';
import { SETTINGS_KEY_WORDS } from '../settings';

/**
 * The internal phrases the contracts write as an entry's detail (field names and counts, never
 * client data), with their words. Kept as phrases in the log so older entries still read.
 */
const DETAIL_PHRASES: Readonly<Record<string, AuditWords>> = {
  'dossier pdf': { 'zh-TW': '客戶資料卡', en: 'client dossier (PDF)' },
  'national_id changed': { 'zh-TW': '身分證字號已變更', en: 'national ID changed' },
  'remembered on this computer': { 'zh-TW': '記住於本機', en: 'remembered on this computer' },
  'full national IDs': { 'zh-TW': '含完整身分證字號', en: 'with full national IDs' },
  forced: { 'zh-TW': '強制加入', en: 'forced' },
};

const LIST_SEPARATOR: Record<Language, string> = { 'zh-TW': '、', en: ', ' };

function isSettingsKey(key: string): key is keyof typeof SETTINGS_KEY_WORDS {
  return Object.hasOwn(SETTINGS_KEY_WORDS, key);
}

/** One comma-free part of a detail in words, or null when it is not a known phrase. */
function partWords(part: string, language: Language): string | null {
  const rows = rowCountWords(part, language);
  if (rows !== null) return rows;
  return Object.hasOwn(DETAIL_PHRASES, part) ? DETAIL_PHRASES[part]![language] : null;
}

/** A settings change's detail, the changed keys joined by commas ('autoLockMinutes,dateFormat'). */
function settingsKeysWords(detail: string, language: Language): string | null {
  const keys = detail.split(',');
  if (!keys.every(isSettingsKey)) return null;
  return keys.map((key) => SETTINGS_KEY_WORDS[key][language]).join(LIST_SEPARATOR[language]);
}

/**
 * An audit entry's detail in words: '12 rows, forced' → '12 筆，強制加入',
 * 'autoLockMinutes,dateFormat' → '自動鎖定時間、日期格式'. Text it does not know is shown as is.
 */
export function auditDetailWords(detail: string, language: Language): string {
  const settings = settingsKeysWords(detail, language);
  if (settings !== null) return settings;
  const parts = detail.split(', ').map((part) => partWords(part, language));
  if (parts.some((part) => part === null)) return detail;
  return parts.join(PART_SEPARATOR[language]);
}
