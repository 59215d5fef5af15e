import type { Currency } from '../../kernel/money';
import type { Series } from './schema';

/**
 * The standard series: a file naming one of these codes needs no declaration (the series is added
 * to the catalogue with these details on its first import). Any other code must be declared by the
 * file (an Excel workbook's 序列 sheet), or the row is refused.
 */
type Standard = Omit<Series, 'productId' | 'sample'>;

const fx = (currency: Currency, nameZh: string, nameEn: string): Standard => ({
  code: fxSeriesCode(currency),
  nameZh,
  nameEn,
  kind: 'fx',
  unit: `TWD per ${currency}`,
  currency: 'TWD',
  frequency: 'daily',
  source: '臺灣銀行 / Bank of Taiwan',
});

/** The code of a currency's rate to TWD ("USDTWD": TWD for one USD). */
export function fxSeriesCode(currency: Currency): string {
  return `${currency}TWD`;
}

export const STANDARD_SERIES: readonly Standard[] = [
  {
    code: 'TAIEX',
    nameZh: '臺灣加權股價指數',
    nameEn: 'TAIEX',
    kind: 'index',
    unit: 'points',
    currency: 'TWD',
    frequency: 'daily',
    source: '臺灣證券交易所 / TWSE',
  },
  {
    code: 'SPX',
    nameZh: '標普 500 指數',
    nameEn: 'S&P 500',
    kind: 'index',
    unit: 'points',
    currency: 'USD',
    frequency: 'daily',
    source: 'S&P Dow Jones Indices',
  },
  {
    code: 'MSCIWORLD',
    nameZh: 'MSCI 世界指數',
    nameEn: 'MSCI World',
    kind: 'index',
    unit: 'points',
    currency: 'USD',
    frequency: 'daily',
    source: 'MSCI',
  },
  {
    code: 'MSCIEM',
    nameZh: 'MSCI 新興市場指數',
    nameEn: 'MSCI Emerging Markets',
    kind: 'index',
    unit: 'points',
    currency: 'USD',
    frequency: 'daily',
    source: 'MSCI',
  },
  {
    code: 'N225',
    nameZh: '日經 225 指數',
    nameEn: 'Nikkei 225',
    kind: 'index',
    unit: 'points',
    currency: 'JPY',
    frequency: 'daily',
    source: 'Nikkei Inc.',
  },
  fx('USD', '美元兌新臺幣', 'USD/TWD'),
  fx('JPY', '日圓兌新臺幣', 'JPY/TWD'),
  fx('EUR', '歐元兌新臺幣', 'EUR/TWD'),
  fx('CNY', '人民幣兌新臺幣', 'CNY/TWD'),
  fx('AUD', '澳幣兌新臺幣', 'AUD/TWD'),
  fx('HKD', '港幣兌新臺幣', 'HKD/TWD'),
  fx('GBP', '英鎊兌新臺幣', 'GBP/TWD'),
  {
    code: 'TW10Y',
    nameZh: '臺灣 10 年期公債殖利率',
    nameEn: 'Taiwan 10-year yield',
    kind: 'rate',
    unit: '%',
    currency: null,
    frequency: 'daily',
    source: '櫃買中心 / TPEx',
  },
  {
    code: 'US10Y',
    nameZh: '美國 10 年期公債殖利率',
    nameEn: 'US 10-year Treasury yield',
    kind: 'rate',
    unit: '%',
    currency: null,
    frequency: 'daily',
    source: 'U.S. Treasury',
  },
  {
    code: 'CBCRATE',
    nameZh: '央行重貼現率',
    nameEn: 'CBC discount rate',
    kind: 'rate',
    unit: '%',
    currency: null,
    frequency: 'daily',
    source: '中央銀行 / Central Bank of the ROC',
  },
  {
    code: 'FEDFUNDS',
    nameZh: '美國聯邦基金利率（上限）',
    nameEn: 'Fed funds rate (upper bound)',
    kind: 'rate',
    unit: '%',
    currency: null,
    frequency: 'daily',
    source: 'Federal Reserve',
  },
  {
    code: 'GOLD',
    nameZh: '黃金現貨',
    nameEn: 'Gold spot',
    kind: 'commodity',
    unit: 'USD per oz',
    currency: 'USD',
    frequency: 'daily',
    source: 'LBMA',
  },
];

const BY_CODE = new Map(STANDARD_SERIES.map((s) => [s.code, s]));

/** The standard series with this code (any case), or undefined. */
export function standardSeries(code: string): Standard | undefined {
  return BY_CODE.get(code.toUpperCase());
}
