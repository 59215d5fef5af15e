/** Screen text of the compliance feature in Traditional Chinese (the default). */
export const zhTW = {
  'nav.compliance': '合規',

  'audit.tab': '稽核軌跡',
  'audit.intro':
    '稽核軌跡記錄誰在何時建立、修改、顯示、列印或匯出客戶資料，以及解鎖、鎖定與設定變更（不含資料內容）。',
  'audit.at': '時間',
  'audit.action': '動作',
  'audit.entity': '對象',
  'audit.client': '客戶',
  'audit.actor': '操作者',
  'audit.filterDays': '日期區間',
  'audit.filterAction': '全部動作',
  'audit.filterClient': '全部客戶',
  'audit.clearFilters': '清除篩選',
  'audit.export': '匯出 CSV',
  'audit.exported': '已匯出 {{count}} 筆稽核紀錄',
  'audit.fileName': '稽核軌跡',
  'audit.detail': '說明',
} as const satisfies Record<string, string>;
