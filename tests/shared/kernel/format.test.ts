import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatTwd, totalTwd } from '../../../shared/kernel/format';
import { DEFAULT_SETTINGS } from '../../../shared/features/settings/schema';

describe('formatting', () => {
  it('writes TWD with 萬 and 億', () => {
    expect(formatTwd(9_999)).toBe('NT$9,999');
    expect(formatTwd(123_456)).toBe('NT$12.35 萬');
    expect(formatTwd(35_000_000)).toBe('NT$3,500.00 萬');
    expect(formatTwd(250_000_000)).toBe('NT$2.50 億');
    expect(formatTwd(-50_000)).toBe('NT$-5.00 萬');
  });

  it('keeps the currency code for foreign amounts', () => {
    expect(formatMoney(120_000, 'USD')).toBe('USD 120,000.00');
    expect(formatMoney(5_000_000, 'JPY')).toBe('JPY 5,000,000');
    expect(formatMoney(20_000, 'TWD')).toBe('NT$2.00 萬');
  });

  it('converts holdings to TWD at the stated rates', () => {
    const rates = { asOf: '2026-11-02', toTwd: { ...DEFAULT_SETTINGS.fxRates.toTwd, USD: 30 } };
    expect(
      totalTwd(
        [
          { currency: 'TWD', amount: 1000 },
          { currency: 'USD', amount: 10 },
        ],
        rates,
      ),
    ).toBe(1300);
  });

  it('writes dates in ISO or the ROC calendar', () => {
    expect(formatDate('2024-03-05', 'iso')).toBe('2024-03-05');
    expect(formatDate('2024-03-05', 'roc')).toBe('民國 113 年 3 月 5 日');
    expect(formatDate('2026-11-25T08:00:00.000Z', 'roc')).toBe('民國 115 年 11 月 25 日');
    expect(formatDate('1900-01-01', 'roc')).toBe('1900-01-01');
  });
});
