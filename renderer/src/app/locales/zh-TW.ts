/** Screen text of the app shell in Traditional Chinese (the default). */
export const zhTW = {
  'app.title': '財管顧問工作台',
  'common.loading': '載入中…',
  'common.retry': '重試',
  'common.save': '儲存',
  'common.cancel': '取消',
  'common.close': '關閉',
  'error.backoffSeconds': '嘗試次數過多，請於 {{seconds}} 秒後再試',

  'header.switchLanguage': 'English',
  'header.lock': '鎖定',
  'header.hideAmounts': '隱藏金額',
  'header.privacyShortcut': '隱藏金額、保留百分比（Ctrl+Shift+H）',
  'nav.label': '主選單',

  'leave.title': '尚未儲存，確定要離開嗎？',
  'leave.body': '您在此頁輸入的內容尚未儲存，離開後將會遺失。',
  'leave.confirm': '離開，不儲存',
  'leave.stay': '留在此頁',
} as const satisfies Record<string, string>;
