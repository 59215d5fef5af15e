import { describe, expect, it } from 'vitest';
import {
  formatMoney,
  formatTotal,
  formatTwd,
  groupTypedAmount,
  parseAmount,
  totalTwd,
  type MoneyLanguage,
} from '../../../shared/kernel/money';

describe('formatTwd', () => {
  const cases: [number, string, string][] = [
    // amount, zh-TW, en
    [0, 'NT$0', 'NT$0'],
    [1, 'NT$1', 'NT$1'],
    [9_999, 'NT$9,999', 'NT$9,999'],
    [9_999.4, 'NT$9,999', 'NT$9,999'],
    [9_999.6, 'NT$1 萬', 'NT$10,000'],
    [10_000, 'NT$1 萬', 'NT$10,000'],
    [123_456, 'NT$12.35 萬', 'NT$123,456'],
    [25_710_000, 'NT$2,571 萬', 'NT$25.71M'],
    [25_716_000, 'NT$2,571.6 萬', 'NT$25.72M'],
    [35_000_000, 'NT$3,500 萬', 'NT$35M'],
    [99_999_999, 'NT$1 億', 'NT$100M'],
    [1e8, 'NT$1 億', 'NT$100M'],
    [120_000_000, 'NT$1.2 億', 'NT$120M'],
    [999_999, 'NT$100 萬', 'NT$999,999'],
    [999_999.6, 'NT$100 萬', 'NT$1M'],
    [1_234_567_890, 'NT$12.35 億', 'NT$1.23B'],
    [999_999_999, 'NT$10 億', 'NT$1B'],
    [-50_000, '-NT$5 萬', '-NT$50,000'],
    [-25_710_000, '-NT$2,571 萬', '-NT$25.71M'],
    [-0.2, 'NT$0', 'NT$0'],
  ];
  it.each(cases)('%d is %s in zh-TW and %s in English', (amount, zh, en) => {
    expect(formatTwd(amount, 'zh-TW')).toBe(zh);
    expect(formatTwd(amount, 'en')).toBe(en);
  });

  it('never writes a trailing zero decimal with a unit, nor 萬/億 in English', () => {
    for (let amount = 1; amount < 1e13; amount *= 7.3) {
      expect(formatTwd(amount, 'zh-TW')).not.toMatch(/\.\d*0 [萬億]/);
      expect(formatTwd(amount, 'en')).not.toMatch(/[萬億]|\.\d*0[MB]/);
    }
  });
});

describe('formatMoney', () => {
  it('keeps the code and full digits for foreign amounts, decimals only when needed', () => {
    expect(formatMoney(120_000, 'USD', 'zh-TW')).toBe('USD 120,000');
    expect(formatMoney(1_234.5, 'USD', 'en')).toBe('USD 1,234.5');
    expect(formatMoney(1_234.567, 'EUR', 'en')).toBe('EUR 1,234.57');
    expect(formatMoney(5_000_000.4, 'JPY', 'zh-TW')).toBe('JPY 5,000,000');
    expect(formatMoney(-10, 'USD', 'zh-TW')).toBe('USD -10');
    expect(formatMoney(20_000, 'TWD', 'zh-TW')).toBe('NT$2 萬');
    expect(formatMoney(20_000, 'TWD', 'en')).toBe('NT$20,000');
  });
});

describe('totalTwd and formatTotal: one policy for a missing rate', () => {
  const rates = { USD: 30, JPY: 0.2 };

  it('adds holdings at the stated rates; TWD needs no rate', () => {
    expect(
      totalTwd(
        [
          { currency: 'TWD', amount: 1000 },
          { currency: 'USD', amount: 10 },
        ],
        rates,
      ),
    ).toEqual({ twd: 1300, missing: [] });
  });

  it('leaves a holding without a rate out and names its currency, never counting it as 0 or at rate 1', () => {
    const total = totalTwd(
      [
        { currency: 'TWD', amount: 25_000_000 },
        { currency: 'USD', amount: 1000 },
        { currency: 'EUR', amount: 5000 },
        { currency: 'GBP', amount: 1 },
      ],
      rates,
    );
    expect(total).toEqual({ twd: 25_030_000, missing: ['EUR', 'GBP'] });
    expect(formatTotal(total, 'zh-TW')).toBe('NT$2,503 萬（缺 EUR、GBP 匯率）');
    expect(formatTotal(total, 'en')).toBe('NT$25.03M (no EUR, GBP rate)');
  });

  it('says only what is missing when nothing could be converted, and — when there is nothing', () => {
    const onlyEuro = totalTwd([{ currency: 'EUR', amount: 5000 }], rates);
    expect(formatTotal(onlyEuro, 'zh-TW')).toBe('缺 EUR 匯率');
    expect(formatTotal(onlyEuro, 'en')).toBe('no EUR rate');
    for (const language of ['zh-TW', 'en'] as MoneyLanguage[]) {
      expect(formatTotal(totalTwd([], rates), language)).toBe('—');
    }
    expect(formatTotal(totalTwd([{ currency: 'TWD', amount: 25_710_000 }], {}), 'zh-TW')).toBe('NT$2,571 萬');
  });
});

describe('parseAmount', () => {
  const read: [string, number][] = [
    ['500萬', 5_000_000],
    ['500 萬', 5_000_000],
    ['500萬元', 5_000_000],
    ['1.2億', 120_000_000],
    ['1.23億', 123_000_000],
    ['0.5萬', 5_000],
    ['1,234,567', 1_234_567],
    ['1，234，567', 1_234_567],
    ['NT$ 300 萬', 3_000_000],
    ['NT$5,000', 5000],
    ['$5,000', 5000],
    ['nt$12', 12],
    ['５００萬', 5_000_000],
    ['１，２００', 1_200],
    ['1.2E+07', 12_000_000],
    ['-5', -5],
    ['-NT$5萬', -50_000],
    ['0', 0],
    ['9,999', 9_999],
    ['10,000', 10_000],
    ['99,999,999', 99_999_999],
    ['1e8', 1e8],
    ['  42  ', 42],
  ];
  it.each(read)('reads %s as %d', (text, amount) => {
    expect(parseAmount(text)).toBe(amount);
  });

  const refused = [
    '',
    '   ',
    '12a',
    '五百萬',
    '萬',
    '1.2.3',
    '1萬2',
    'USD 5',
    'NaN',
    'Infinity',
    '1e400',
    '--5',
  ];
  it.each(refused)('refuses %j with null, never NaN or 0', (text) => {
    expect(parseAmount(text)).toBeNull();
  });

  it('reads back what formatTwd writes for whole 萬 and 億', () => {
    for (const amount of [10_000, 25_710_000, 120_000_000]) {
      expect(parseAmount(formatTwd(amount, 'zh-TW'))).toBe(amount);
    }
  });
});

describe('groupTypedAmount', () => {
  it('groups the digits while typing and keeps decimals and units', () => {
    expect(groupTypedAmount('1234567')).toBe('1,234,567');
    expect(groupTypedAmount('1,2345')).toBe('12,345');
    expect(groupTypedAmount('12345.678')).toBe('12,345.678');
    expect(groupTypedAmount('5000萬')).toBe('5,000萬');
    expect(groupTypedAmount('-1234')).toBe('-1,234');
    expect(groupTypedAmount('abc')).toBe('abc');
    expect(groupTypedAmount('')).toBe('');
  });
});
