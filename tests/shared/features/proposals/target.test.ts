import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assumptionsFileSchema } from '../../../../shared/analytics/assumptions';
import {
  gradeBandOf,
  manualTarget,
  modelTarget,
  optimizerTarget,
  targetWeights,
} from '../../../../shared/features/proposals';

const assumptions = assumptionsFileSchema.parse(
  JSON.parse(readFileSync('resources/analytics/capital-market-assumptions.json', 'utf8')),
);
const sum = (w: Record<string, number | undefined>) =>
  Object.values(w).reduce((s: number, x) => s + (x ?? 0), 0);
const volatilityOf = (w: Record<string, number | undefined>) => {
  const ids = assumptions.assets.map((a) => a.id);
  let v = 0;
  ids.forEach((a, i) =>
    ids.forEach((b, j) => {
      v +=
        (w[a] ?? 0) *
        (w[b] ?? 0) *
        assumptions.assets[i]!.volatility *
        assumptions.assets[j]!.volatility *
        assumptions.correlations[i]![j]!;
    }),
  );
  return Math.sqrt(v);
};

describe('target weights', () => {
  it('maps three grades onto the ends and the middle of the five bands', () => {
    expect(gradeBandOf({ scale: 'three', level: 1 }).grade).toBe('C1');
    expect(gradeBandOf({ scale: 'three', level: 2 }).grade).toBe('C3');
    expect(gradeBandOf({ scale: 'three', level: 3 }).grade).toBe('C5');
    expect(gradeBandOf({ scale: 'five', level: 4 }).grade).toBe('C4');
  });

  it("takes the grade's model portfolio: sums to one, within the band, riskier for a higher grade", () => {
    const c2 = modelTarget({ scale: 'five', level: 2 }, assumptions);
    const c5 = modelTarget({ scale: 'five', level: 5 }, assumptions);
    expect(sum(c2)).toBeCloseTo(1, 9);
    expect(volatilityOf(c2)).toBeLessThanOrEqual(0.06 + 1e-6);
    expect(volatilityOf(c5)).toBeGreaterThan(volatilityOf(c2));
    expect(Object.values(c2).every((w) => w! > 1e-6)).toBe(true);
  });

  it('honours the optimizer bounds and group limits by list, by RR and by currency', () => {
    const base = {
      source: 'optimizer' as const,
      objective: 'maxReturn' as const,
      objectiveValue: null,
      bounds: {},
    };
    const group = (g: object) => ({
      name: 'g',
      assetClasses: [],
      riskRatingAtLeast: null,
      currency: null,
      min: null,
      max: null,
      ...g,
    });
    const rr5 = optimizerTarget(
      { ...base, groups: [group({ riskRatingAtLeast: 5, max: 0.1 })] },
      assumptions,
    );
    expect(rr5.em_equity ?? 0).toBeLessThanOrEqual(0.1 + 1e-6);
    const usd = optimizerTarget({ ...base, groups: [group({ currency: 'USD', max: 0.3 })] }, assumptions);
    const usdShare = assumptions.assets
      .filter((a) => a.currency === 'USD')
      .reduce((s, a) => s + (usd[a.id as keyof typeof usd] ?? 0), 0);
    expect(usdShare).toBeLessThanOrEqual(0.3 + 1e-6);
    const listed = optimizerTarget(
      {
        ...base,
        bounds: { twd_cash: { min: 0.2, max: 1 } },
        groups: [group({ assetClasses: ['tw_equity', 'em_equity'], max: 0.25 })],
      },
      assumptions,
    );
    expect(listed.twd_cash).toBeGreaterThanOrEqual(0.2 - 1e-6);
    expect((listed.tw_equity ?? 0) + (listed.em_equity ?? 0)).toBeLessThanOrEqual(0.25 + 1e-6);
  });

  it('asks for the value of a target-volatility objective, naming the field', () => {
    expect(() =>
      optimizerTarget(
        { source: 'optimizer', objective: 'targetVolatility', objectiveValue: null, bounds: {}, groups: [] },
        assumptions,
      ),
    ).toThrow(/target.objectiveValue/);
    const vol = optimizerTarget(
      { source: 'optimizer', objective: 'targetVolatility', objectiveValue: 0.08, bounds: {}, groups: [] },
      assumptions,
    );
    expect(volatilityOf(vol)).toBeCloseTo(0.08, 4);
  });

  it("sums a manual target by the items' classes, and falls back to it for a model without a grade", () => {
    const items = [
      { assetClass: 'tw_equity' as const, weight: 0.3 },
      { assetClass: 'tw_equity' as const, weight: 0.2 },
      { assetClass: 'twd_cash' as const, weight: 0.5 },
    ];
    expect(manualTarget(items)).toEqual({ tw_equity: 0.5, twd_cash: 0.5 });
    expect(targetWeights({ target: { source: 'model' }, items }, null, assumptions)).toEqual({
      tw_equity: 0.5,
      twd_cash: 0.5,
    });
  });
});
