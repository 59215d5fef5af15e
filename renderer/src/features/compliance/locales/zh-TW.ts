/** Screen text of the compliance feature in Traditional Chinese (the default). */
export const zhTW = {
  'nav.compliance': '合規',

  'audit.intro': '稽核軌跡記錄誰在何時建立、修改、顯示、列印或匯出客戶資料（不含資料內容）。',
  'audit.at': '時間',
  'audit.action': '動作',
  'audit.entity': '對象',
  'audit.entityId': '識別碼',
  'audit.detail': '說明',
} as const satisfies Record<string, string>;
