import { PRODUCT_VALIDATION_MESSAGES } from '../features/products';
import { PROPOSAL_VALIDATION_MESSAGES } from '../features/proposals';
import { HOLDINGS_MESSAGES } from '../features/holdings';
import { MARKET_DATA_MESSAGES } from '../features/market-data';
import { BRIEFINGS_MESSAGES } from '../features/briefings';
import { PASSPHRASE_MESSAGES } from '../features/vault';
import { COMPLIANCE_MESSAGES } from '../features/compliance';
import { INFORMATION_RECORD_MESSAGES } from '../features/information-records';
import { REGULATORY_UPDATE_MESSAGES } from '../features/regulatory-updates';
import { TIER_MESSAGES } from '../features/tiers';
import { ESCALATION_MESSAGES } from '../features/escalations';
import { PIPELINE_MESSAGES } from '../features/pipeline';
import { ACTIVITY_MESSAGES } from '../features/activities';
import { CLIENT_LIST_MESSAGES } from '../features/clients';
import { CLIENT_MERGE_MESSAGES } from '../features/clients';
import { CLIENT_BOOK_MESSAGES } from '../features/clients/book-messages';
import type { ErrorCode } from '../ipc/result';
import { MAX_IMPORT_ROWS } from '../kernel/limits';

/**
 * Messages every front end shares: validation keys used by the domain schemas and the error codes
 * of the IPC contract. Screen-only text lives in each renderer feature's locales/.
 */
export const LANGUAGES = ['zh-TW', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const validationMessages: Record<Language, Record<string, string>> = {
  'zh-TW': {
    'validation.required': '此欄位為必填',
    'validation.confirmName': '輸入的名稱與客戶姓名不符',
    'validation.tooLong': '內容過長',
    'validation.tooLarge': '數值過大',
    'validation.number': '請輸入有效數字',
    'validation.nonNegative': '不可為負數',
    'validation.date': '日期格式應為 YYYY-MM-DD 且為有效日期',
    'validation.id': '識別碼格式錯誤',
    'validation.phone': '電話號碼格式錯誤',
    'validation.email': '電子郵件格式錯誤',
    'validation.nationalId.format': '身分證字號格式錯誤（一個英文字母加九位數字）',
    'validation.nationalId.checksum': '身分證字號檢查碼錯誤',
    'validation.duplicateCurrency': '同一幣別只能填寫一次',
    'validation.amount': '無法辨識的金額（例：1,200,000、500萬、1.2億）',
    'validation.timeZone': '無法辨識的時區',
    'validation.passphrase.short': '密碼至少需要 10 個字元',
    'validation.color': '顏色格式應為 #RRGGBB',
    'validation.logo': '標誌須為 PNG 或 JPEG 圖檔',
    'validation.invalid': '內容無效',
    'validation.unreadableCharacter': '含有無法辨識的字元（NUL 或 �），請刪除後再儲存',
    'validation.nationalId.taken': '已有客戶使用此身分證字號',
    'validation.approvalBeforeRequest': '核准日期不可早於申請日期',
    'validation.supervisorIsAdvisor': '核准主管不可為申請例外的顧問本人',
    'validation.reviewerIsAdvisor': '覆核人不可為進行評估的顧問本人',
    'import.nationalId.masked': '身分證字號已遮罩，無法匯入（請匯出完整身分證字號的檔案）',
    'import.nationalId.duplicate': '檔案中身分證字號重複',
    'import.assets.format': '可投資資產格式應為「幣別:金額」，以分號分隔',
    'import.assets.currency': '不支援的幣別',
    'import.file.empty': '檔案是空的',
    'import.file.noRows': '檔案沒有客戶資料列',
    'import.file.tooManyRows': '資料列過多，單次最多匯入 {{maxImportRows}} 筆',
    'import.file.notUtf8': '檔案不是 UTF-8 編碼（請另存為「CSV UTF-8」）',
    'import.csv.quoteNotClosed': '引號欄位未結束',
    'import.csv.openingQuote': '未加引號的欄位中出現引號',
    'import.csv.closingQuote': '引號結束後仍有文字',
    'import.csv.invalid': '不是有效的 CSV 檔案',
    'import.column.noHeader': '此欄有資料但沒有標題',
    'import.column.unknown': '無法辨識的欄位',
    'import.column.duplicate': '欄位重複',
    'import.column.missing': '缺少必要欄位',
    'import.row.fieldCount': '此列欄位數與標題列不符',
    ...PRODUCT_VALIDATION_MESSAGES['zh-TW'],
    ...PROPOSAL_VALIDATION_MESSAGES['zh-TW'],
    ...HOLDINGS_MESSAGES['zh-TW'],
    ...MARKET_DATA_MESSAGES['zh-TW'],
    ...BRIEFINGS_MESSAGES['zh-TW'],
    ...PASSPHRASE_MESSAGES['zh-TW'],
    ...COMPLIANCE_MESSAGES['zh-TW'],
    ...INFORMATION_RECORD_MESSAGES['zh-TW'],
    ...REGULATORY_UPDATE_MESSAGES['zh-TW'],
    ...TIER_MESSAGES['zh-TW'],
    ...PASSPHRASE_MESSAGES['zh-TW'],
    ...COMPLIANCE_MESSAGES['zh-TW'],
    ...ESCALATION_MESSAGES['zh-TW'],
    ...PIPELINE_MESSAGES['zh-TW'],
    ...ACTIVITY_MESSAGES['zh-TW'],
    ...CLIENT_LIST_MESSAGES['zh-TW'],
    ...CLIENT_MERGE_MESSAGES['zh-TW'],
    ...CLIENT_BOOK_MESSAGES['zh-TW'],
  },
  en: {
    'validation.required': 'This field is required',
    'validation.confirmName': "The name typed does not match the client's name",
    'validation.tooLong': 'Too long',
    'validation.tooLarge': 'Too large',
    'validation.number': 'Enter a valid number',
    'validation.nonNegative': 'Must not be negative',
    'validation.date': 'Date must be YYYY-MM-DD and exist',
    'validation.id': 'Malformed identifier',
    'validation.phone': 'Malformed phone number',
    'validation.email': 'Malformed email address',
    'validation.nationalId.format': 'National ID must be one letter and nine digits',
    'validation.nationalId.checksum': 'National ID check digit is wrong',
    'validation.duplicateCurrency': 'Each currency may appear once',
    'validation.amount': 'Not an amount (for example 1,200,000, 500萬 or 1.2億)',
    'validation.timeZone': 'Unknown time zone',
    'validation.passphrase.short': 'Passphrase must be at least 10 characters',
    'validation.color': 'Colour must be #RRGGBB',
    'validation.logo': 'Logo must be a PNG or JPEG image',
    'validation.invalid': 'Invalid value',
    'validation.unreadableCharacter': 'Contains an unreadable character (NUL or �); remove it and save again',
    'validation.nationalId.taken': 'Another client already has this national ID',
    'validation.approvalBeforeRequest': 'The approval cannot be dated before the request',
    'validation.supervisorIsAdvisor': 'The approving supervisor cannot be the advisor who asked',
    'validation.reviewerIsAdvisor': 'The reviewer cannot be the advisor who took the assessment',
    'import.nationalId.masked': 'National ID is masked and cannot be imported (export with full IDs)',
    'import.nationalId.duplicate': 'National ID appears twice in the file',
    'import.assets.format': 'Assets must look like CUR:amount, separated by semicolons',
    'import.assets.currency': 'Unsupported currency',
    'import.file.empty': 'The file is empty',
    'import.file.noRows': 'The file has no client rows',
    'import.file.tooManyRows': 'Too many rows: at most {{maxImportRows}} per import',
    'import.file.notUtf8': 'The file is not UTF-8 (save it as "CSV UTF-8")',
    'import.csv.quoteNotClosed': 'A quoted field is not closed',
    'import.csv.openingQuote': 'A quote appears inside an unquoted field',
    'import.csv.closingQuote': 'A quoted field has text after its closing quote',
    'import.csv.invalid': 'Not a valid CSV file',
    'import.column.noHeader': 'This column has values but no header',
    'import.column.unknown': 'Unknown column',
    'import.column.duplicate': 'Duplicate column',
    'import.column.missing': 'Required column is missing',
    'import.row.fieldCount': 'This row has a different number of fields than the header',
    ...PRODUCT_VALIDATION_MESSAGES.en,
    ...PROPOSAL_VALIDATION_MESSAGES.en,
    ...HOLDINGS_MESSAGES.en,
    ...MARKET_DATA_MESSAGES.en,
    ...BRIEFINGS_MESSAGES.en,
    ...PASSPHRASE_MESSAGES.en,
    ...COMPLIANCE_MESSAGES.en,
    ...INFORMATION_RECORD_MESSAGES.en,
    ...REGULATORY_UPDATE_MESSAGES.en,
    ...TIER_MESSAGES.en,
    ...PASSPHRASE_MESSAGES.en,
    ...COMPLIANCE_MESSAGES.en,
    ...ESCALATION_MESSAGES.en,
    ...PIPELINE_MESSAGES.en,
    ...ACTIVITY_MESSAGES.en,
    ...CLIENT_LIST_MESSAGES.en,
    ...CLIENT_MERGE_MESSAGES.en,
    ...CLIENT_BOOK_MESSAGES.en,
  },
};

export const errorMessages: Record<Language, Record<ErrorCode, string>> = {
  'zh-TW': {
    VALIDATION: '輸入資料有誤',
    NOT_FOUND: '找不到資料',
    CONFLICT: '資料已被其他操作修改，請重新載入後再試',
    LOCKED: '資料庫已鎖定，請先解鎖',
    VAULT_NOT_INITIALIZED: '尚未完成初次設定',
    VAULT_ALREADY_INITIALIZED: '資料庫已存在，不可重新建立金鑰',
    VAULT_BAD_PASSPHRASE: '密碼錯誤',
    VAULT_BAD_RECOVERY_CODE: '復原碼錯誤',
    VAULT_BACKOFF: '嘗試次數過多，請稍後再試',
    VAULT_CORRUPT: '金鑰檔或資料庫已損毀',
    DB_TOO_NEW: '資料庫版本較新，請更新 AdvisorDesk 後再開啟',
    DB_UPGRADE_BLOCKED: '資料庫內容不符新版規則，無法升級；請洽系統管理員',
    BACKUP_DAMAGED: '備份檔已損毀或不完整，未做任何變更',
    BACKUP_WRONG_KEY: '備份檔的金鑰與資料不符，未做任何變更',
    BACKUP_TOO_NEW: '備份由較新版本建立，請先更新 AdvisorDesk；未做任何變更',
    BACKUP_TARGET_NOT_EMPTY: '資料夾中已有資料庫：請先解鎖，系統會先備份目前資料再還原',
    DB_CORRUPT:
      '資料庫已損毀，為保護資料已停止寫入；請從備份還原（「備份」畫面的「還原」，或指令 advisordesk backup restore）',
    DISK_FULL: '磁碟空間不足，未寫入任何資料；請釋出空間後再試',
    IMPORT_INVALID: '匯入檔案有錯誤，未匯入任何資料',
    REAL_CLIENTS_PRESENT: '資料庫中已有真實客戶，未加入示範資料（確定要加入請使用 --force）',
    RETENTION_HOLD: '此客戶已刪除，保存期限內的紀錄依法須保留至期滿，期滿前不得清除',
    UNKNOWN_CHANNEL: '不支援的操作',
    UNAUTHORIZED: '未經授權的請求',
    INTERNAL: '發生未預期的錯誤',
  },
  en: {
    VALIDATION: 'Some input is not valid',
    NOT_FOUND: 'Not found',
    CONFLICT: 'Someone changed this record meanwhile; reload and try again',
    LOCKED: 'The vault is locked; unlock it first',
    VAULT_NOT_INITIALIZED: 'First-run setup has not been done',
    VAULT_ALREADY_INITIALIZED: 'A database already exists; a new key will not be made over it',
    VAULT_BAD_PASSPHRASE: 'Wrong passphrase',
    VAULT_BAD_RECOVERY_CODE: 'Wrong recovery code',
    VAULT_BACKOFF: 'Too many attempts; wait and try again',
    VAULT_CORRUPT: 'The key file or database is damaged',
    DB_TOO_NEW: 'The database is from a newer AdvisorDesk; update the app to open it',
    DB_UPGRADE_BLOCKED:
      'The database holds data the new version does not allow, so it cannot be upgraded; ask your administrator',
    BACKUP_DAMAGED: 'The backup is damaged or incomplete; nothing was changed',
    BACKUP_WRONG_KEY: 'The key in the backup does not match its data; nothing was changed',
    BACKUP_TOO_NEW: 'The backup is from a newer AdvisorDesk; update the app first. Nothing was changed',
    BACKUP_TARGET_NOT_EMPTY:
      'The data folder already holds a vault: unlock it first, so it is backed up before the restore',
    DB_CORRUPT:
      'The database is damaged, so nothing more is written to it; restore it from a backup (Restore on the Backup screen, or the command advisordesk backup restore)',
    DISK_FULL: 'The disk is full; nothing was written. Free some space and try again',
    IMPORT_INVALID: 'The file has errors; nothing was imported',
    REAL_CLIENTS_PRESENT:
      'The vault holds real clients, so no demo data was added (use --force to add it anyway)',
    RETENTION_HOLD: 'This client is deleted; the records the rules keep stay until the retention period ends',
    UNKNOWN_CHANNEL: 'Unknown operation',
    UNAUTHORIZED: 'Unauthorized request',
    INTERNAL: 'Something unexpected went wrong',
  },
};

/** Values every message may name, taken from the limits the code enforces. */
const LIMIT_PARAMS: Readonly<Record<string, number>> = { maxImportRows: MAX_IMPORT_ROWS };

/** Fills {{name}} from params (numbers with thousands separators); an unknown name stays as written. */
export function interpolate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString('en-US') : value;
  });
}

/**
 * A field message key (validation.*, import.*) in the given language, its {{parameters}} filled
 * from `params` over the app's limits; plain text passes through.
 */
export function translateValidation(
  key: string,
  language: Language,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const known = validationMessages[language][key];
  if (known) return interpolate(known, { ...LIMIT_PARAMS, ...params });
  return /^(validation|import)\./.test(key) ? validationMessages[language]['validation.invalid']! : key;
}
