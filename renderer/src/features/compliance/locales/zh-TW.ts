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
  'audit.verifyChain': '檢查稽核鏈',
  'audit.chainOk': '稽核鏈完整：{{count}} 筆紀錄皆未遭修改、刪除或插入',
  'audit.chainBroken':
    '稽核鏈中斷：第一筆異常為第 {{id}} 筆（{{at}}，{{action}}），此筆或其前一筆曾遭修改、刪除或插入',
  'audit.exportHead': '匯出稽核鏈頭',
  'audit.headExported': '已匯出稽核鏈頭（{{count}} 筆），請交付法遵單位保存',
  'audit.headFileName': '稽核鏈頭',
} as const satisfies Record<string, string>;
