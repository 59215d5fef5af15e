import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MARKET_DATA_SETTINGS as settings,
  freshnessOf,
} from '../../../../shared/features/market-data';
import { businessDaysBetween, isBusinessDay, readCompactDate } from '../../../../shared/kernel/dates';

describe('business days', () => {
  it('counts weekdays after the first date up to the second', () => {
    expect(isBusinessDay('2026-11-28')).toBe(false); // Saturday
    expect(isBusinessDay('2026-11-30')).toBe(true); // Monday
    expect(businessDaysBetween('2026-11-27', '2026-11-30')).toBe(1); // Friday → Monday
    expect(businessDaysBetween('2026-11-28', '2026-11-29')).toBe(0); // Saturday → Sunday
    expect(businessDaysBetween('2026-11-02', '2026-11-23')).toBe(15);
    expect(businessDaysBetween('2026-11-02', '2026-11-26')).toBe(18);
    expect(businessDaysBetween('2026-11-30', '2026-11-30')).toBe(0);
    expect(businessDaysBetween('2026-11-30', '2026-11-02')).toBe(0);
  });

  it('reads compact ROC and western dates', () => {
    expect(readCompactDate('1130102')).toBe('2024-01-02');
    expect(readCompactDate('20240102')).toBe('2024-01-02');
    expect(readCompactDate('1131302')).toBeNull();
    expect(readCompactDate('113012')).toBeNull();
  });
});

describe('freshnessOf', () => {
  const fx = { kind: 'fx' } as const;
  it('flags FX older than 3 business days, counting over the weekend', () => {
    // Monday 2026-11-30: Wednesday's rate is 3 business days old (fresh), Tuesday's 4 (stale).
    expect(freshnessOf(fx, '2026-11-25', '2026-11-30', settings)).toEqual({
      state: 'fresh',
      ageBusinessDays: 3,
    });
    expect(freshnessOf(fx, '2026-11-24', '2026-11-30', settings)).toEqual({
      state: 'stale',
      ageBusinessDays: 4,
    });
    // On Sunday the same Tuesday rate is only 3 business days old.
    expect(freshnessOf(fx, '2026-11-24', '2026-11-29', settings).state).toBe('fresh');
    expect(freshnessOf(fx, null, '2026-11-29', settings)).toEqual({ state: 'empty', ageBusinessDays: null });
  });

  it('gives NAVs a month, and follows the setting', () => {
    const nav = { kind: 'nav' } as const;
    expect(freshnessOf(nav, '2026-10-30', '2026-11-30', settings).state).toBe('fresh');
    expect(freshnessOf(nav, '2026-10-30', '2026-12-01', settings).state).toBe('stale');
    const strict = {
      staleAfter: { ...settings.staleAfter, nav: { count: 5, unit: 'businessDays' as const } },
    };
    expect(freshnessOf(nav, '2026-11-20', '2026-11-30', strict).state).toBe('stale');
  });
});
