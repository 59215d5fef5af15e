import { describe, expect, it } from 'vitest';
import { rangeStart } from '../../renderer/src/features/market-data/ranges';
import {
  correlationText,
  levelText,
  percentText,
  periodText,
} from '../../renderer/src/features/market-data/figureText';

/** 市場資料's range starts and the way it writes figures. */

describe('chart ranges', () => {
  it('starts n months before the end, YTD at the previous year end', () => {
    expect(rangeStart('1M', '2026-11-27')).toBe('2026-10-27');
    expect(rangeStart('6M', '2026-08-31')).toBe('2026-02-28');
    expect(rangeStart('YTD', '2026-11-27')).toBe('2025-12-31');
    expect(rangeStart('5Y', '2026-11-27')).toBe('2021-11-27');
  });
});

describe('figure text', () => {
  it('signs returns and writes a rate change in points', () => {
    expect(periodText(0.1234, 'relative', 'zh-TW')).toBe('+12.3%');
    expect(periodText(-0.05, 'relative', 'en')).toBe('−5.0%');
    expect(periodText(0.25, 'difference', 'zh-TW')).toBe('+0.25 百分點');
    expect(periodText(-0.125, 'difference', 'en')).toBe('−0.13 pp');
    expect(periodText(null, 'relative', 'en')).toBe('—');
  });

  it('writes levels with two decimals, four under 1, and percents and correlations', () => {
    expect(levelText(23200)).toBe('23,200.00');
    expect(levelText(0.21041)).toBe('0.2104');
    expect(percentText(-0.289)).toBe('−28.9%');
    expect(percentText(0.175)).toBe('17.5%');
    expect(correlationText(-0.0249)).toBe('−0.02');
    expect(correlationText(1)).toBe('1.00');
    expect(correlationText(null)).toBe('—');
  });
});
