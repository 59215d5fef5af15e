/** Screen text of the compliance feature in Traditional Chinese (the default). */
export const zhTW = {
  'nav.compliance': '合規',

  'audit.intro': '稽核軌跡記錄誰在何時建立、修改、顯示、列印或匯出客戶資料（不含資料內容）。',
  'audit.at': '時間',
  'audit.action': '動作',
  'audit.entity': '對象',
  'audit.entityId': '識別碼',
  'audit.detail': '說明',
  'auditAction.vault.setup': '建立加密資料庫',
  'auditAction.vault.recover': '以復原碼解鎖並重設密碼',
  'auditAction.vault.change_passphrase': '變更密碼',
  'auditAction.client.create': '新增客戶',
  'auditAction.client.update': '修改客戶資料',
  'auditAction.client.reveal_national_id': '顯示完整身分證字號',
  'auditAction.client.import': '匯入客戶',
  'auditAction.client.export': '匯出客戶',
  'auditAction.client.print': '列印客戶資料卡',
  'auditAction.client.seed_demo': '加入示範客戶',
  'auditAction.settings.update': '修改設定',
} as const satisfies Record<string, string>;
