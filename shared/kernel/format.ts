import type { AssetHolding, Currency } from '../features/clients';
import type { FxRates } from '../features/settings';

/** Money and dates the way Taiwanese readers expect them. Pure: no Intl locale data needed. */

function groupThousands(integerDigits: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function fixed(value: number, decimals: number): string {
  const [whole = '0', fraction] = Math.abs(value).toFixed(decimals).split('.');
  const sign = value < 0 ? '-' : '';
  return `${sign}${groupThousands(whole)}${fraction ? `.${fraction}` : ''}`;
}

/** NT$1,234 below 1 萬; NT$12.35 萬 up to 1 億; NT$1.23 億 above. */
export function formatTwd(amount: number): string {
  const abs = Math.abs(amount);
  if (abs >= 1e8) return `NT$${fixed(amount / 1e8, 2)} 億`;
  if (abs >= 1e4) return `NT$${fixed(amount / 1e4, 2)} 萬`;
  return `NT$${fixed(amount, 0)}`;
}

/** Foreign amounts keep their code: "USD 120,000.00". */
export function formatMoney(amount: number, currency: Currency): string {
  if (currency === 'TWD') return formatTwd(amount);
  const decimals = currency === 'JPY' ? 0 : 2;
  return `${currency} ${fixed(amount, decimals)}`;
}

export function toTwd(holding: AssetHolding, rates: FxRates): number {
  const rate = rates.toTwd[holding.currency];
  if (rate === undefined) throw new Error(`no ${holding.currency} rate`);
  return holding.amount * rate;
}

export function totalTwd(holdings: readonly AssetHolding[], rates: FxRates): number {
  return holdings.reduce((sum, h) => sum + toTwd(h, rates), 0);
}

/** 2024-03-05 → 民國 113 年 3 月 5 日 (ROC) or 2024-03-05 (ISO). Years before 1912 stay ISO. */
export function formatDate(isoDate: string, style: 'iso' | 'roc'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match || style === 'iso') return isoDate.slice(0, 10);
  const rocYear = Number(match[1]) - 1911;
  if (rocYear < 1) return isoDate.slice(0, 10);
  return `民國 ${rocYear} 年 ${Number(match[2])} 月 ${Number(match[3])} 日`;
}
