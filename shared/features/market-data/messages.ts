import type { AuditWords } from '../../ipc/define';

type Language = keyof AuditWords;

/** The market-data feature's validation and import messages, merged into shared/i18n's table. */
export const MARKET_DATA_MESSAGES: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  'zh-TW': {
    'validation.marketData.code': '序列代號只能包含英文字母、數字與 . _ - /，最多 40 字',
    'validation.marketData.kind': '類別應為指數、匯率、利率、基金淨值或商品原物料',
    'import.marketData.layout':
      '無法判斷檔案格式：長表須有「序列代號、日期、數值」欄，寬表第一欄為「日期」、其餘每欄一個序列代號',
    'import.marketData.seriesUnknown':
      '序列代號不在序列目錄中（請使用標準代號，或在 Excel 的「序列」工作表宣告）',
    'import.marketData.date': '日期無法辨識（可用 2024-01-02、113/01/02、民國113年1月2日、1130102）',
    'import.marketData.duplicateDate': '同一序列同一日期在檔案中出現兩次且數值不同',
    'import.marketData.encoding': '檔案編碼無法以所選編碼讀取（請改選 UTF-8 或 Big5）',
    'import.marketData.file': '無法讀取檔案（路徑不存在或不是一般檔案）',
  },
  en: {
    'validation.marketData.code':
      'A series code holds only letters, digits and . _ - /, at most 40 characters',
    'validation.marketData.kind': 'Kind must be index, FX rate, interest rate, fund NAV or commodity',
    'import.marketData.layout':
      'Cannot tell the layout: a long file has series, date and value columns; a wide one has a date column then one column per series code',
    'import.marketData.seriesUnknown':
      'No series with this code in the catalogue (use a standard code or declare it on the Excel "series" sheet)',
    'import.marketData.date': 'Unreadable date (use 2024-01-02, ROC 113/01/02, 民國113年1月2日 or 1130102)',
    'import.marketData.duplicateDate':
      'The same series and date appear twice in the file with different values',
    'import.marketData.encoding': 'The file cannot be read in the chosen encoding (choose UTF-8 or Big5)',
    'import.marketData.file': 'Cannot read the file (no such path, or not a regular file)',
  },
};
