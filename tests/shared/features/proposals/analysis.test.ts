import { describe, expect, it } from 'vitest';
import { analyseProposal, DEFAULT_ANALYSIS_SEED } from '../../../../shared/features/proposals';
import type { AllocationView } from '../../../../shared/features/proposals';
import {
  ASSUMPTIONS,
  HOLDINGS,
  PRODUCT_IDS,
  SCENARIOS,
  analysisInput,
  content,
  goal,
} from './analysis.fixture';

/** analyseProposal against figures worked out here independently of the engine. */

const ids = ASSUMPTIONS.assets.map((a) => a.id);
const asset = (id: string) => ASSUMPTIONS.assets.find((a) => a.id === id)!;
const sumOf = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
const weightsOf = (view: AllocationView) =>
  Object.fromEntries(view.byAssetClass.map((s) => [s.key, s.weight]));

/** μ and σ of class weights from the assumptions file itself. */
function moments(weights: Record<string, number>) {
  const w = ids.map((id) => weights[id] ?? 0);
  const mu = sumOf(w.map((wi, i) => wi * ASSUMPTIONS.assets[i]!.expectedReturn));
  let variance = 0;
  w.forEach((wi, i) =>
    w.forEach((wj, j) => {
      variance +=
        wi *
        wj *
        ASSUMPTIONS.correlations[i]![j]! *
        ASSUMPTIONS.assets[i]!.volatility *
        ASSUMPTIONS.assets[j]!.volatility;
    }),
  );
  return { mu, sigma: Math.sqrt(variance) };
}

describe('allocations', () => {
  const analysis = analyseProposal(analysisInput());

  it('values the current holdings by class, currency and RR, leaving out the position with no rate', () => {
    const current = analysis.current!;
    expect(current.totalTwd).toBe(6_000_000);
    expect(Object.fromEntries(current.byAssetClass.map((s) => [s.key, s.valueTwd]))).toEqual({
      tw_equity: 3_500_000,
      gold: 1_000_000,
      twd_cash: 1_000_000,
      usd_cash: 500_000,
    });
    expect(Object.fromEntries(current.byCurrency.map((s) => [s.key, s.valueTwd]))).toEqual({
      TWD: 4_500_000,
      USD: 1_500_000,
    });
    // Cash takes its class's RR from the assumptions (TWD cash RR1, USD cash RR2); the free-form stock is unrated.
    expect(Object.fromEntries(current.byRiskRating.map((s) => [s.key, s.valueTwd]))).toEqual({
      RR4: 4_000_000,
      RR1: 1_000_000,
      RR2: 500_000,
      unrated: 500_000,
    });
    for (const view of [current.byAssetClass, current.byCurrency, current.byRiskRating])
      expect(sumOf(view.map((s) => s.weight))).toBeCloseTo(1, 12);
  });

  it('allocates the holdings plus the new money by the items, currency and RR from the products', () => {
    expect(analysis.investableTwd).toBe(8_000_000);
    const proposed = analysis.proposed;
    expect(weightsOf(proposed)).toEqual({ global_ig_bond: 0.45, tw_equity: 0.3, dm_equity: 0.25 });
    expect(Object.fromEntries(proposed.byCurrency.map((s) => [s.key, s.valueTwd]))).toEqual({
      USD: 0.7 * 8_000_000,
      TWD: 0.3 * 8_000_000,
    });
    expect(Object.fromEntries(proposed.byRiskRating.map((s) => [s.key, s.weight]))).toEqual({
      RR4: 0.55,
      RR2: 0.45,
    });
    for (const view of [proposed.byAssetClass, proposed.byCurrency, proposed.byRiskRating]) {
      expect(sumOf(view.map((s) => s.weight))).toBeCloseTo(1, 12);
      expect(sumOf(view.map((s) => s.valueTwd))).toBeCloseTo(8_000_000, 4);
    }
  });

  it('counts cash in another foreign currency as USD cash, keeping its own currency', () => {
    const holdings = {
      ...HOLDINGS,
      positions: [],
      cash: [
        {
          currency: 'JPY' as const,
          custodian: 'bank' as const,
          amount: 1e6,
          fxRate: 0.2,
          amountTwd: 200_000,
        },
      ],
      totalTwd: 200_000,
    };
    const current = analyseProposal(analysisInput({ holdings })).current!;
    expect(current.byAssetClass).toEqual([{ key: 'usd_cash', weight: 1, valueTwd: 200_000 }]);
    expect(current.byCurrency).toEqual([{ key: 'JPY', weight: 1, valueTwd: 200_000 }]);
  });
});

describe('risk figures', () => {
  const analysis = analyseProposal(analysisInput());

  it('gives VaR and CVaR at 95% from the normal formula on the assumptions, as losses in % and TWD', () => {
    const z = 1.6448536269514722;
    const phi = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
    for (const [figures, view, value] of [
      [analysis.figures.proposed, analysis.proposed, 8_000_000],
      [analysis.figures.current!, analysis.current!, 6_000_000],
    ] as const) {
      const { mu, sigma } = moments(weightsOf(view));
      expect(figures.expectedReturn).toBeCloseTo(mu, 12);
      expect(figures.volatility).toBeCloseTo(sigma, 12);
      expect(figures.sharpe).toBeCloseTo((mu - asset('twd_cash').expectedReturn) / sigma, 10);
      // normalQuantile is good to about 1e-9, so eight places.
      expect(figures.var95).toBeCloseTo(z * sigma - mu, 8);
      expect(figures.cvar95).toBeCloseTo((sigma * phi) / 0.05 - mu, 8);
      expect(figures.var95Twd).toBeCloseTo(figures.var95 * value, 3);
      expect(figures.cvar95Twd).toBeCloseTo(figures.cvar95 * value, 3);
    }
  });

  it('reads max drawdowns from the simulated paths: the riskier current portfolio falls further', () => {
    const { current, proposed } = analysis.figures;
    for (const f of [current!, proposed]) {
      expect(f.maxDrawdownMedian).toBeGreaterThan(0);
      expect(f.maxDrawdown95).toBeGreaterThan(f.maxDrawdownMedian);
      expect(f.maxDrawdown95).toBeLessThan(1);
    }
    expect(current!.volatility).toBeGreaterThan(proposed.volatility);
    expect(current!.maxDrawdownMedian).toBeGreaterThan(proposed.maxDrawdownMedian);
  });

  it('puts both portfolios beside a 25-point frontier that dominates them', () => {
    expect(analysis.frontier).toHaveLength(25);
    for (let i = 1; i < 25; i++)
      expect(analysis.frontier[i]!.expectedReturn).toBeGreaterThan(analysis.frontier[i - 1]!.expectedReturn);
    expect(analysis.proposedPoint).toEqual({
      expectedReturn: analysis.figures.proposed.expectedReturn,
      volatility: analysis.figures.proposed.volatility,
    });
    // No portfolio beats the frontier: at the proposal's return the frontier is no riskier.
    const above = analysis.frontier.find((p) => p.expectedReturn >= analysis.proposedPoint.expectedReturn)!;
    expect(above.volatility).toBeLessThanOrEqual(analysis.proposedPoint.volatility + 1e-9);
  });

  it('splits the volatility by class (shares sum to 1 on each side)', () => {
    const rows = analysis.riskContributions;
    expect(rows.map((r) => r.assetClass)).toEqual([
      'tw_equity',
      'dm_equity',
      'global_ig_bond',
      'gold',
      'usd_cash',
      'twd_cash',
    ]);
    expect(sumOf(rows.map((r) => r.proposed))).toBeCloseTo(1, 12);
    expect(sumOf(rows.map((r) => r.current!))).toBeCloseTo(1, 12);
    // Independently: the proposed Taiwan-equity share is w_tw (Σw)_tw / σ².
    const w = weightsOf(analysis.proposed);
    const { sigma } = moments(w);
    const i = ids.indexOf('tw_equity');
    const sigmaW = sumOf(
      ids.map(
        (id, j) =>
          (w[id] ?? 0) *
          ASSUMPTIONS.correlations[i]![j]! *
          asset('tw_equity').volatility *
          ASSUMPTIONS.assets[j]!.volatility,
      ),
    );
    expect(rows[0]!.proposed).toBeCloseTo((0.3 * sigmaW) / sigma ** 2, 12);
  });
});

describe('stress tests', () => {
  const analysis = analyseProposal(analysisInput());

  it('runs the seven shipped scenarios with zh-TW and English names', () => {
    expect(analysis.stress.map((s) => s.id)).toEqual(SCENARIOS.scenarios.map((s) => s.id));
    expect(analysis.stress).toHaveLength(7);
    expect(analysis.stress[0]!.name).toEqual({
      'zh-TW': '2008 全球金融海嘯',
      en: '2008 global financial crisis',
    });
  });

  it('a historical loss is the weights times the scenario returns, in % and TWD', () => {
    for (const scenario of SCENARIOS.scenarios) {
      if (scenario.kind !== 'historical') continue;
      const row = analysis.stress.find((s) => s.id === scenario.id)!;
      for (const [side, view, value] of [
        ['proposed', analysis.proposed, 8_000_000],
        ['current', analysis.current!, 6_000_000],
      ] as const) {
        const loss = -sumOf(view.byAssetClass.map((s) => s.weight * scenario.returns[s.key]!));
        expect(row[side]!.lossPercent).toBeCloseTo(loss, 12);
        expect(row[side]!.lossTwd).toBeCloseTo(loss * value, 4);
      }
    }
  });

  it('hypothetical shocks: TAIEX -30% on the Taiwan share, USD -10% on the USD share, +200 bp through duration', () => {
    const row = (id: string) => analysis.stress.find((s) => s.id === id)!.proposed.lossPercent;
    expect(row('taiex_minus_30')).toBeCloseTo(0.3 * 0.3, 12);
    expect(row('usdtwd_minus_10')).toBeCloseTo(0.7 * 0.1, 12);
    expect(row('rates_plus_200bp')).toBeCloseTo(0.45 * asset('global_ig_bond').duration! * 0.02, 12);
  });
});

describe('trades', () => {
  const analysis = analyseProposal(analysisInput());
  const value = (side: 'buy' | 'sell', productId: string | null, positionId?: string) =>
    sumOf(
      analysis.trades
        .filter(
          (t) =>
            t.side === side &&
            t.productId === productId &&
            (positionId === undefined || t.positionId === positionId),
        )
        .map((t) => t.valueTwd),
    );

  it('sells what is not proposed, trims what is over weight and buys up to the proposal', () => {
    // Not proposed: the gold fund and the free-form stock go whole; the JPY position (no rate) stays.
    expect(value('sell', PRODUCT_IDS.gold)).toBe(1_000_000);
    expect(value('sell', null, 'pos-free')).toBe(500_000);
    expect(analysis.trades.some((t) => t.positionId === 'pos-jpy')).toBe(false);
    // 0050: held 3,000,000, proposed 30% of 8,000,000 = 2,400,000.
    expect(value('sell', PRODUCT_IDS.tw)).toBeCloseTo(600_000, 6);
    expect(value('buy', PRODUCT_IDS.tw)).toBe(0);
    expect(value('buy', PRODUCT_IDS.bond)).toBeCloseTo(3_600_000, 6);
    expect(value('buy', PRODUCT_IDS.dm)).toBeCloseTo(2_000_000, 6);
    // Held plus bought minus sold is the proposal for every proposed product.
    for (const item of content().items) {
      const held = HOLDINGS.positions
        .filter((p) => p.productId === item.productId)
        .reduce((s, p) => s + p.marketValueTwd!, 0);
      expect(held + value('buy', item.productId) - value('sell', item.productId)).toBeCloseTo(
        item.weight * 8_000_000,
        6,
      );
    }
    // Buys less sales is what cash and the new money pay: 1,500,000 + 2,000,000.
    expect(value('buy', PRODUCT_IDS.bond) + value('buy', PRODUCT_IDS.dm) - 2_100_000).toBeCloseTo(
      3_500_000,
      6,
    );
  });

  it('charges the front load on buys and the sell cost on sales', () => {
    for (const t of analysis.trades) {
      const rate = t.side === 'sell' ? 0.4425 : t.productId === PRODUCT_IDS.bond ? 1.5 : 3;
      expect(t.feePercent).toBe(rate);
      expect(t.feeTwd).toBeCloseTo((t.valueTwd * rate) / 100, 8);
    }
    const expected = (2_100_000 * 0.4425 + 3_600_000 * 1.5 + 2_000_000 * 3) / 100;
    expect(analysis.tradeFeesTwd).toBeCloseTo(expected, 6);
  });
});

describe('Monte Carlo and goals', () => {
  it('draws a fan by year from the investable amount, in order', () => {
    const { monteCarlo } = analyseProposal(analysisInput());
    const { fan } = monteCarlo;
    expect(monteCarlo.months).toBe(360);
    expect(fan.years).toEqual(Array.from({ length: 31 }, (_, y) => y));
    for (const band of [fan.p5, fan.p25, fan.p50, fan.p75, fan.p95]) expect(band[0]).toBe(8_000_000);
    fan.years.forEach((_, y) => {
      expect(fan.p5[y]).toBeLessThanOrEqual(fan.p25[y]!);
      expect(fan.p25[y]).toBeLessThanOrEqual(fan.p50[y]!);
      expect(fan.p50[y]).toBeLessThanOrEqual(fan.p75[y]!);
      expect(fan.p75[y]).toBeLessThanOrEqual(fan.p95[y]!);
    });
    expect(monteCarlo.goals.map((g) => [g.index, g.name, g.targetDate])).toEqual([
      [0, '子女教育', '2036-09-01'],
      [1, '退休', '2046-01-01'],
    ]);
  });

  it('a goal is likelier with larger contributions', () => {
    const retirement = (monthlyContributionTwd: number) =>
      goal({
        name: '退休',
        targetDate: '2046-01-01',
        amountTwd: 25_000_000,
        funding: { initialTwd: 0, monthlyContributionTwd, monthlyWithdrawalTwd: 0, withdrawalYears: 0 },
      });
    const probability = (contribution: number) =>
      analyseProposal(analysisInput({ content: content({ goals: [retirement(contribution)] }) })).monteCarlo
        .goals[0]!.probability;
    const low = probability(0);
    const high = probability(50_000);
    expect(low).toBeGreaterThan(0.05);
    expect(high).toBeLessThan(1);
    expect(high).toBeGreaterThan(low + 0.05);
  });

  it('lump sums: met when the balance reaches the amount, in today’s money grown by inflation', () => {
    // All in TWD cash (1.2% a year, 0.5% volatility): nearly a sure path, 8,000,000 × 1.012^10 ≈ 9.0 million
    // in 2036 with a spread of about 1.6%, so 8.3 and 9.8 million are more than five spreads away.
    const cash = { ...ASSUMPTIONS.assets.find((a) => a.id === 'twd_cash')! };
    const products = [
      {
        id: PRODUCT_IDS.tw,
        code: 'MMF',
        nameZh: '貨幣基金',
        nameEn: null,
        assetClass: 'twd_cash' as const,
        currency: 'TWD' as const,
        riskRating: 1,
        fees: { frontLoadPercent: 0 },
      },
    ];
    const at = (amountTwd: number, inTodaysMoney: boolean) =>
      analyseProposal(
        analysisInput({
          products,
          content: content({
            items: [{ productId: PRODUCT_IDS.tw, assetClass: 'twd_cash', weight: 1 }],
            goals: [goal({ targetDate: '2036-11-01', amountTwd, inTodaysMoney })],
          }),
        }),
      ).monteCarlo.goals[0]!;
    expect(cash.expectedReturn).toBe(0.012);
    expect(at(8_300_000, false).probability).toBe(1);
    expect(at(9_800_000, false).probability).toBe(0);
    // 8,300,000 today is 8,300,000 × 1.02^10 ≈ 10.1 million in 2036: out of reach.
    const real = at(8_300_000, true);
    expect(real.amountTwd).toBeCloseTo(8_300_000 * 1.02 ** 10, 2);
    expect(real.probability).toBe(0);
  });

  it('income goals: met only when every withdrawal is paid; an impossible one ruins every path', () => {
    const income = (monthlyWithdrawalTwd: number) =>
      analyseProposal(
        analysisInput({
          content: content({
            goals: [
              goal({
                targetDate: '2031-01-01',
                amountTwd: 0,
                funding: {
                  initialTwd: 0,
                  monthlyContributionTwd: 0,
                  monthlyWithdrawalTwd,
                  withdrawalYears: 20,
                },
              }),
            ],
          }),
        }),
      ).monteCarlo;
    const modest = income(10_000);
    expect(modest.goals[0]!.probability).toBe(1);
    expect(modest.probabilityOfRuin).toBe(0);
    const impossible = income(1_000_000);
    expect(impossible.goals[0]!.probability).toBe(0);
    expect(impossible.probabilityOfRuin).toBe(1);
  });

  it('is deterministic: the default seed, the same numbers again; another seed moves them', () => {
    const a = analyseProposal(analysisInput());
    const b = analyseProposal(analysisInput());
    expect(b).toEqual(a);
    expect(a.monteCarlo.seed).toBe(DEFAULT_ANALYSIS_SEED);
    const c = analyseProposal(analysisInput({ seed: 7 }));
    expect(c.monteCarlo.seed).toBe(7);
    expect(c.monteCarlo.fan.p50[10]).not.toBe(a.monteCarlo.fan.p50[10]);
    expect(c.monteCarlo.fan.p50[10]! / a.monteCarlo.fan.p50[10]!).toBeCloseTo(1, 1);
  });
});

describe('edge cases', () => {
  it('with no holdings, everything current is null and the trades buy the new money', () => {
    for (const holdings of [null, { ...HOLDINGS, positions: [], cash: [], totalTwd: 0, missingRates: [] }]) {
      const analysis = analyseProposal(analysisInput({ holdings }));
      expect(analysis.current).toBeNull();
      expect(analysis.figures.current).toBeNull();
      expect(analysis.currentPoint).toBeNull();
      expect(analysis.stress.every((s) => s.current === null)).toBe(true);
      expect(analysis.riskContributions.every((r) => r.current === null)).toBe(true);
      expect(analysis.investableTwd).toBe(2_000_000);
      expect(analysis.trades.map((t) => [t.side, t.productId, t.valueTwd])).toEqual([
        ['buy', PRODUCT_IDS.tw, 600_000],
        ['buy', PRODUCT_IDS.bond, 900_000],
        ['buy', PRODUCT_IDS.dm, 500_000],
      ]);
    }
  });

  it('refuses to take out more than is held, naming the field', () => {
    expect(() =>
      analyseProposal(analysisInput({ content: content({ newMoneyTwd: -7_000_000 }) })),
    ).toThrowError(
      expect.objectContaining({
        code: 'VALIDATION',
        details: { issues: [{ path: ['newMoneyTwd'], message: 'validation.newMoneyExceedsHoldings' }] },
      }),
    );
  });

  it('names a proposed product that was not given', () => {
    expect(() => analyseProposal(analysisInput({ products: [] }))).toThrow(
      /proposed product .* was not given/,
    );
  });
});
