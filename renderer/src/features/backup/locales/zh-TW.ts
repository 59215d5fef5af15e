/** 備份 screen text (設定 card and the reminder banner). */
export const zhTW = {
  'backup.title': '備份',
  'backup.intro':
    '備份檔已加密（與資料庫同一把金鑰），可用密碼或復原碼在另一台電腦還原。請存到隨身碟或其他磁碟，並與電腦分開保管。',
  'backup.last': '上次備份',
  'backup.lastAge': '{{when}}（{{days}} 天前）',
  'backup.lastToday': '{{when}}（今天）',
  'backup.never': '尚未備份',
  'backup.overdue': '已超過 {{days}} 天沒有備份，請立即備份。',
  'backup.banner': '已超過 {{days}} 天沒有備份資料。',
  'backup.bannerNever': '尚未備份資料。',
  'backup.bannerAction': '前往備份',
  'backup.folder': '備份資料夾',
  'backup.folderHelp': '例如隨身碟的資料夾；留白則存到資料夾中的 backups',
  'backup.now': '立即備份',
  'backup.done': '已備份：{{file}}',
  'backup.schedule': '自動備份',
  'backup.scheduleFolder': '自動備份資料夾',
  'backup.scheduleFolderHelp': '留白：資料夾中的 backups（{{folder}}）',
  'backup.keep': '保留份數',
  'backup.keepDaily': '每日',
  'backup.keepWeekly': '每週',
  'backup.keepMonthly': '每月',
  'backup.reminderDays': '超過幾天未備份時提醒',
  'backup.restoreTitle': '還原與換電腦',
  'backup.restoreSteps':
    '在新電腦安裝 AdvisorDesk 後（尚未建立資料庫前），執行 advisordesk backup restore <備份檔>，輸入備份當時的密碼；忘記密碼時加上 --recovery-code，以復原碼還原並設定新密碼。還原到已有資料的電腦時，會先自動備份目前的資料。損毀、不完整或版本較新的備份會被拒絕，不會變更任何資料。',
} as const;
