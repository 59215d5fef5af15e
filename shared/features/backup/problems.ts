import type { AuditWords } from '../../ipc/define';

/**
 * Why a backup file is refused, in words. Carried as `details.problems` of BACKUP_DAMAGED,
 * BACKUP_WRONG_KEY, BACKUP_TOO_NEW and a NOT_FOUND file or folder, which every front end shows
 * (the CLI prints the zh-TW).
 */
export const BACKUP_PROBLEM_WORDS = {
  not_a_backup: {
    'zh-TW': '這不是 AdvisorDesk 備份檔（檔頭識別碼不符）',
    en: 'This is not an AdvisorDesk backup (the magic bytes do not match)',
  },
  unknown_version: {
    'zh-TW': '備份檔格式版本不明，請以較新版本的 AdvisorDesk 開啟',
    en: 'Unknown backup format version; open it with a newer AdvisorDesk',
  },
  header: {
    'zh-TW': '備份檔的檔頭已損毀',
    en: 'The backup header is damaged',
  },
  truncated: {
    'zh-TW': '備份檔不完整（檔案被截斷），可能是複製未完成',
    en: 'The backup is incomplete (truncated); the copy may not have finished',
  },
  trailing: {
    'zh-TW': '備份檔結尾有多餘的資料',
    en: 'The backup has unexpected bytes at its end',
  },
  checksum: {
    'zh-TW': '備份檔的 SHA-256 檢查碼不符，內容已損毀或被修改',
    en: 'The backup SHA-256 checksum does not match: its content is damaged or altered',
  },
  integrity: {
    'zh-TW': '備份內的資料庫未通過完整性檢查',
    en: 'The database in the backup fails its integrity check',
  },
  schema_mismatch: {
    'zh-TW': '備份檔頭記載的資料庫版本與內容不符',
    en: 'The schema version in the header does not match the database in the backup',
  },
  audit_head_mismatch: {
    'zh-TW': '備份檔頭記載的稽核紀錄鏈首與內容不符',
    en: 'The audit chain head in the header does not match the database in the backup',
  },
  wrong_key: {
    'zh-TW': '備份內的金鑰無法開啟其資料庫（金鑰與資料不屬於同一個保管庫）',
    en: 'The key in the backup does not open its database (key and data come from different vaults)',
  },
  folder_missing: {
    'zh-TW': '備份資料夾不存在（隨身碟是否已插上？）',
    en: 'The backup folder does not exist (is the USB drive plugged in?)',
  },
  file_missing: {
    'zh-TW': '找不到備份檔，請確認路徑（隨身碟是否已插上？）',
    en: 'The backup file does not exist; check the path (is the USB drive plugged in?)',
  },
  folder_given: {
    'zh-TW': '這是資料夾，不是備份檔：請輸入資料夾中 .adbackup 檔的完整路徑',
    en: 'This is a folder, not a backup file: give the full path of the .adbackup file in it',
  },
  network_path: {
    'zh-TW': '備份檔須在這台電腦或隨身碟上：不接受網路路徑（\\\\伺服器\\…），請先複製到本機',
    en: 'The backup must be on this computer or a USB drive: network paths (\\\\server\\…) are not read; copy it here first',
  },
  not_a_file: {
    'zh-TW': '這不是一般檔案，不是備份檔',
    en: 'This is not a regular file, so not a backup',
  },
  too_new: {
    'zh-TW': '此備份由較新版本的 AdvisorDesk 建立，請先更新 AdvisorDesk 再還原',
    en: 'This backup was made by a newer AdvisorDesk; update the app before restoring it',
  },
} as const satisfies Record<string, AuditWords>;

export type BackupProblem = keyof typeof BACKUP_PROBLEM_WORDS;

/** The `details` of a refused backup: the reason's code and its words. */
export function backupProblemDetails(problem: BackupProblem): {
  problem: BackupProblem;
  problems: AuditWords[];
} {
  return { problem, problems: [BACKUP_PROBLEM_WORDS[problem]] };
}
