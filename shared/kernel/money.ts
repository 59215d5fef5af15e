/**
 * Money the way Taiwanese readers expect it, in one place: the currency list, TWD totals with one
 * policy for a missing exchange rate, formatting (zh-TW with 萬/億, English with M/B) and reading
 * typed amounts ("500萬", "1.2億", "1,234,567", full-width digits). Pure: no Intl locale data needed.
 */

export const CURRENCIES = ['TWD', 'USD', 'JPY', 'EUR', 'CNY', 'AUD', 'HKD', 'GBP'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** The languages money is written in (the same codes as shared/i18n). */
export type MoneyLanguage = 'zh-TW' | 'en';

export interface Holding {
  currency: Currency;
  amount: number;
}

/** How many TWD one unit of a currency buys; a currency without an entry has no known rate. */
export type TwdRates = Readonly<Partial<Record<Currency, number>>>;

/**
 * A total in TWD. A holding whose currency has no rate is left out of `twd` and named in
 * `missing`: the total is then incomplete and is shown as such, never as if the holding were 0.
 */
export interface TwdTotal {
  twd: number;
  missing: Currency[];
}

/** TWD per unit of a currency (1 for TWD itself), or null when the currency has no rate. */
export function twdRate(currency: Currency, rates: TwdRates): number | null {
  if (currency === 'TWD') return 1;
  return rates[currency] ?? null;
}

/** One holding in TWD, or null when its currency has no rate. */
export function toTwd(holding: Holding, rates: TwdRates): number | null {
  const rate = twdRate(holding.currency, rates);
  return rate === null ? null : holding.amount * rate;
}

export function totalTwd(holdings: readonly Holding[], rates: TwdRates): TwdTotal {
  let twd = 0;
  const missing: Currency[] = [];
  for (const holding of holdings) {
    const value = toTwd(holding, rates);
    if (value === null) {
      if (!missing.includes(holding.currency)) missing.push(holding.currency);
    } else twd += value;
  }
  return { twd, missing };
}

// ---------------------------------------------------------------------------------------------
// Formatting

const NO_AMOUNT = '—';

function groupThousands(integerDigits: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A non-negative number with separators and at most `decimals` decimals, trailing zeros trimmed. */
function trimmed(value: number, decimals: number): string {
  const [whole = '0', fraction = ''] = value.toFixed(decimals).split('.');
  const kept = fraction.replace(/0+$/, '');
  return `${groupThousands(whole)}${kept ? `.${kept}` : ''}`;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Large-number units, smallest first. */
const UNITS: Record<MoneyLanguage, readonly { size: number; suffix: string }[]> = {
  'zh-TW': [
    { size: 1e4, suffix: ' 萬' },
    { size: 1e8, suffix: ' 億' },
  ],
  en: [
    { size: 1e6, suffix: 'M' },
    { size: 1e9, suffix: 'B' },
  ],
};

/**
 * A magnitude in the largest unit that what would otherwise be shown reaches after rounding:
 * 9,999.6 is shown as 10,000, so it is 1 萬; 99,999,999 would be 10,000 萬, so it is 1 億.
 */
function scaled(abs: number, language: MoneyLanguage): string {
  let text = trimmed(abs, 0);
  let shown = Math.round(abs);
  for (const unit of UNITS[language]) {
    if (shown < unit.size) break;
    text = `${trimmed(abs / unit.size, 2)}${unit.suffix}`;
    shown = round(abs / unit.size, 2) * unit.size;
  }
  return text;
}

/**
 * zh-TW: NT$9,999 below 1 萬, NT$2,571 萬 or NT$2,571.5 萬 up to 1 億, NT$1.2 億 above.
 * English: NT$999,999 below a million, NT$25.71M, NT$1.2B.
 */
export function formatTwd(amount: number, language: MoneyLanguage): string {
  const sign = amount < 0 ? '-' : '';
  const text = scaled(Math.abs(amount), language);
  return text === '0' ? 'NT$0' : `${sign}NT$${text}`;
}

/** Foreign amounts keep their code and full digits: "USD 120,000", "USD 1,234.5"; TWD as formatTwd. */
export function formatMoney(amount: number, currency: Currency, language: MoneyLanguage): string {
  if (currency === 'TWD') return formatTwd(amount, language);
  const sign = amount < 0 ? '-' : '';
  return `${currency} ${sign}${trimmed(Math.abs(amount), currency === 'JPY' ? 0 : 2)}`;
}

const MISSING_RATE: Record<MoneyLanguage, (codes: string) => string> = {
  'zh-TW': (codes) => `缺 ${codes} 匯率`,
  en: (codes) => `no ${codes} rate`,
};

/**
 * A total as a reader sees it: "—" when there is nothing, and an incomplete total says which
 * rates are missing: "NT$2,571 萬（缺 USD 匯率）", "NT$25.71M (no USD rate)", or only "缺 USD 匯率".
 */
export function formatTotal(total: TwdTotal, language: MoneyLanguage): string {
  if (total.missing.length === 0) return total.twd === 0 ? NO_AMOUNT : formatTwd(total.twd, language);
  const note = MISSING_RATE[language](total.missing.join(language === 'en' ? ', ' : '、'));
  if (total.twd === 0) return note;
  const amount = formatTwd(total.twd, language);
  return language === 'en' ? `${amount} (${note})` : `${amount}（${note}）`;
}

// ---------------------------------------------------------------------------------------------
// Reading typed amounts

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const UNIT_SIZES: Readonly<Record<string, number>> = { 萬: 1e4, 万: 1e4, 億: 1e8, 亿: 1e8 };
/** Separators a typed or pasted amount may carry: commas (also full-width), spaces, underscores. */
const SEPARATORS = /[,，\s_\u3000]/g;

/** Full-width digits and signs (from a Chinese IME) as ASCII. */
function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * "500萬" → 5,000,000; "1.2億", "1,234,567", "NT$ 300 萬", "$5,000", "1.2e6", full-width digits.
 * Returns null for anything it cannot read, blank included: never NaN and never a silent 0.
 */
export function parseAmount(raw: string): number | null {
  let text = halfWidth(raw).replace(SEPARATORS, '');
  text = text.replace(/^([+-]?)(NT)?\$/i, '$1').replace(/元$/, '');
  const unit = UNIT_SIZES[text.slice(-1)] ?? 1;
  if (unit !== 1) text = text.slice(0, -1);
  if (!NUMBER.test(text)) return null;
  const value = Number(text);
  if (!Number.isFinite(value)) return null;
  // Scale in cents so 1.23億 is 123000000, not 123000000.00000001.
  return unit === 1 ? value : Math.round(value * unit * 100) / 100;
}

/** An amount as it is typed into a field: digits grouped, the decimals and a trailing 萬/億 kept. */
export function groupTypedAmount(raw: string): string {
  const match = /^([+-]?)(\d+)(.*)$/.exec(halfWidth(raw).replace(SEPARATORS, ''));
  return match ? `${match[1]}${groupThousands(match[2]!)}${match[3]}` : raw;
}
