/** Screen text of the reports feature in Traditional Chinese (the default). */
export const zhTW = {
  'nav.reports': '經營報表',
  'reports.period': '期間',
  'reports.client': '客戶',
  'reports.wholeBook': '全部客戶',
  'reports.pdf': '列印 PDF',
  'reports.csv': '匯出 CSV',
  'reports.xlsx': '匯出 Excel',
  'reports.show': '顯示',
  'reports.missedOnly': '未達服務計畫',
  'reports.allClients': '全部客戶',
};
