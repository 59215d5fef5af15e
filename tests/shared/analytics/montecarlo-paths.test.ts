import { describe, expect, it } from 'vitest';
import { simulatePaths, simulatePathsAntithetic, type AntitheticPlan } from '../../../shared/analytics';

/** The path engines against paths worked out by hand (zero volatility) and against each other. */

const months = 120;

function plan(overrides: Partial<AntitheticPlan> = {}): AntitheticPlan {
  const inflows = new Float64Array(months + 1);
  for (let t = 1; t <= 60; t++) inflows[t] = 10_000;
  const outflows = new Float64Array(months + 1);
  outflows[60] = 500_000;
  return {
    months,
    paths: 101,
    seed: 3,
    initial: 1_000_000,
    model: { expectedReturn: 0.05, volatility: 0 },
    inflows,
    outflows,
    recordSteps: [0, 12, 60, 120],
    checkpoints: [
      { step: 60, amount: 2_000_000 },
      { step: 60, amount: 1_000_000 },
    ],
    drawdownOf: [],
    ...overrides,
  };
}

/** The one path with no randomness: growth (1.05)^(1/12) a month, inflows, then the outflow. */
function deterministic(p: AntitheticPlan) {
  const g = 1.05 ** (1 / 12);
  const balances = [p.initial];
  let b = p.initial;
  let atCheckpoint = 0;
  let ruin = p.months + 1;
  for (let t = 1; t <= p.months; t++) {
    b = b * g + p.inflows[t]!;
    if (t === 60) atCheckpoint = b;
    b -= p.outflows[t]!;
    if (b < 0) {
      if (ruin > p.months) ruin = t;
      b = 0;
    }
    balances.push(b);
  }
  return { balances, atCheckpoint, ruin };
}

describe('antithetic path engine', () => {
  it('with no volatility every percentile is the hand-computed path, checkpoints read before the outflow', () => {
    const p = plan();
    const expected = deterministic(p);
    const out = simulatePathsAntithetic(p);
    for (const series of out.percentiles)
      p.recordSteps.forEach((step, j) => expect(series[j]).toBeCloseTo(expected.balances[step]!, 6));
    expect(expected.atCheckpoint).toBeGreaterThan(1_000_000);
    expect(expected.atCheckpoint).toBeLessThan(2_000_000);
    expect(out.checkpointHits[0]!.every((h) => h === 0)).toBe(true);
    expect(out.checkpointHits[1]!.every((h) => h === 1)).toBe(true);
    expect(out.ruinStep.every((s) => s === months + 1)).toBe(true);
  });

  it('notes the month a path first cannot pay', () => {
    const outflows = new Float64Array(months + 1);
    for (let t = 1; t <= months; t++) outflows[t] = 30_000;
    const p = plan({ outflows, paths: 4 });
    const { ruin } = deterministic(p);
    expect(ruin).toBeLessThan(months);
    expect(Array.from(simulatePathsAntithetic(p).ruinStep)).toEqual([ruin, ruin, ruin, ruin]);
  });

  it('max drawdown of a falling, riskless portfolio is its whole fall; a rising one has none', () => {
    const out = simulatePathsAntithetic(
      plan({
        drawdownOf: [
          { expectedReturn: -0.1, volatility: 0 },
          { expectedReturn: 0.05, volatility: 0 },
        ],
      }),
    );
    for (const dd of out.maxDrawdowns[0]!) expect(dd).toBeCloseTo(1 - 0.9 ** 10, 12);
    expect(out.maxDrawdowns[1]!.every((dd) => dd === 0)).toBe(true);
  });

  it('pairs paths on z and -z: the mean log growth of a pair is the drift exactly', () => {
    const p = plan({
      paths: 2,
      model: { expectedReturn: 0.06, volatility: 0.2 },
      inflows: new Float64Array(months + 1),
      outflows: new Float64Array(months + 1),
      recordSteps: [months],
      checkpoints: [],
    });
    const out = simulatePathsAntithetic(p);
    // Two paths: p5 is the lower, p95 the higher; their geometric mean is the drift alone.
    const s2 = Math.log(1 + 0.04 / 1.06 ** 2);
    const drift = (Math.log(1.06) - s2 / 2) * 10;
    const low = out.percentiles[0]![0]!;
    const high = out.percentiles[4]![0]!;
    expect(low).toBeLessThan(high);
    expect(Math.log(low / p.initial) + Math.log(high / p.initial)).toBeCloseTo(2 * drift, 10);
  });

  it('handles an odd number of paths and is the same for the same seed', () => {
    const p = plan({ paths: 3, model: { expectedReturn: 0.06, volatility: 0.15 } });
    const a = simulatePathsAntithetic(p);
    expect(a.ruinStep).toHaveLength(3);
    expect(simulatePathsAntithetic(p)).toEqual(a);
    expect(simulatePathsAntithetic({ ...p, seed: 4 }).percentiles[2]).not.toEqual(a.percentiles[2]);
  });

  it('refuses steps outside the projection', () => {
    expect(() => simulatePathsAntithetic(plan({ recordSteps: [121] }))).toThrow(/record step 121/);
    expect(() => simulatePathsAntithetic(plan({ checkpoints: [{ step: -1, amount: 1 }] }))).toThrow(
      /checkpoint step -1/,
    );
  });
});

describe('month-by-month engine', () => {
  it('records only the steps asked for, the same values as a full record', () => {
    const base = {
      months,
      paths: 500,
      seed: 9,
      initial: 1_000_000,
      model: { kind: 'lognormal' as const, expectedReturn: 0.06, volatility: 0.15 },
      inflows: plan().inflows,
    };
    const full = simulatePaths({ ...base, recordSteps: Array.from({ length: months + 1 }, (_, t) => t) });
    const yearly = simulatePaths({ ...base, recordSteps: [0, 12, 24, 120] });
    [0, 12, 24, 120].forEach((step, j) =>
      full.percentiles.forEach((series, k) => expect(yearly.percentiles[k]![j]).toBe(series[step])),
    );
  });
});
