import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MARKET_SAMPLE_FILE, marketSample } from '../../scripts/market-sample';
import { readSampleFile } from '../../electron/core/features/market-data';
import { correlation, periodReturn } from '../../shared/features/market-data';

describe('the shipped market sample', () => {
  it('is what the seeded script writes', () => {
    expect(`${JSON.stringify(marketSample())}\n`).toBe(readFileSync(MARKET_SAMPLE_FILE, 'utf8'));
  });

  it('holds about five years of business days to 2026-11-27 at plausible levels', () => {
    const series = new Map(readSampleFile(MARKET_SAMPLE_FILE).map((s) => [s.series.code, s]));
    for (const { series: entry, points } of series.values()) {
      expect(entry.sample).toBe(true);
      expect(points.at(-1)!.date).toBe('2026-11-27');
      expect(points[0]!.date).toBe('2021-11-29');
    }
    const values = (code: string) => series.get(code)!.points.map((p) => p.value);
    expect(Math.min(...values('TAIEX'))).toBeGreaterThan(11_000);
    expect(values('TAIEX').at(-1)).toBe(23_000);
    expect(Math.min(...values('USDTWD'))).toBeGreaterThan(26.5);
    expect(Math.max(...values('USDTWD'))).toBeLessThan(33.5);
    expect(series.get('CBCRATE')!.points.at(-1)!.value).toBe(2);
    // A year of the S&P moves like an index, not like noise or a straight line.
    const year = periodReturn(series.get('SPX')!.points, '1Y')!;
    expect(Math.abs(year)).toBeLessThan(0.6);
    expect(series.size).toBe(18);
  });

  it('moves its equity indices together as markets do, and FX apart from them', () => {
    const series = new Map(readSampleFile(MARKET_SAMPLE_FILE).map((s) => [s.series.code, s.points]));
    const between = (a: string, b: string) => correlation(series.get(a)!, series.get(b)!)!;
    expect(between('SPX', 'MSCIWORLD')).toBeGreaterThan(0.85);
    expect(between('TAIEX', 'SPX')).toBeGreaterThan(0.3);
    expect(between('TAIEX', 'SPX')).toBeLessThan(0.8);
    expect(between('MSCIEM', 'MSCIWORLD')).toBeGreaterThan(0.5);
    expect(Math.abs(between('USDTWD', 'SPX'))).toBeLessThan(0.2);
  });
});
