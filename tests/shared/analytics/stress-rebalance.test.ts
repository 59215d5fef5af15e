import { describe, expect, it } from 'vitest';
import {
  modelPortfolios,
  parseRebalanceInput,
  parseScenariosFile,
  rebalance,
  scenarioReturns,
  selectScenarios,
  stressTest,
  type Scenario,
} from '../../../shared/analytics';
import { errorOf, readResource, shippedAssumptions } from './fixtures';

const { meta, market } = shippedAssumptions();
const idx = (id: string) => market.assets.findIndex((a) => a.id === id);
const weights = (w: Record<string, number>) => market.assets.map((a) => w[a.id] ?? 0);

describe('stress tests', () => {
  const file = parseScenariosFile(readResource('stress-scenarios.json'));

  it('ships the four historical scenarios and three hypothetical shocks, covering every asset class', () => {
    expect(file.scenarios.map((s) => s.id)).toEqual([
      'gfc_2008',
      'twd_china_2015',
      'covid_2020',
      'rate_shock_2022',
      'taiex_minus_30',
      'usdtwd_minus_10',
      'rates_plus_200bp',
    ]);
    for (const s of file.scenarios) expect(scenarioReturns(market, s)).toHaveLength(market.assets.length);
  });

  it('historical: loss is minus the weighted return, in % and in TWD', () => {
    const gfc = file.scenarios[0]!;
    const r = stressTest(market, weights({ tw_equity: 0.5, tw_gov_bond: 0.5 }), 10_000_000, gfc);
    expect(r.portfolioReturn).toBeCloseTo(0.5 * -0.46 + 0.5 * 0.06, 12);
    expect(r.lossPercent).toBeCloseTo(20, 10);
    expect(r.lossTwd).toBeCloseTo(2_000_000, 4);
    expect(r.assets.map((a) => a.id)).toEqual(['tw_equity', 'tw_gov_bond']);
  });

  it('hypothetical: TAIEX -30%, USD/TWD -10% on USD assets, +200 bp through duration', () => {
    const byId = (id: string) => file.scenarios.find((s) => s.id === id)!;
    const taiex = scenarioReturns(market, byId('taiex_minus_30'));
    expect(taiex[idx('tw_equity')]).toBeCloseTo(-0.3, 15);
    expect(taiex[idx('dm_equity')]).toBe(0);
    const fx = scenarioReturns(market, byId('usdtwd_minus_10'));
    expect(fx[idx('dm_equity')]).toBeCloseTo(-0.1, 15);
    expect(fx[idx('usd_cash')]).toBeCloseTo(-0.1, 15);
    expect(fx[idx('tw_equity')]).toBe(0);
    const rates = scenarioReturns(market, byId('rates_plus_200bp'));
    expect(rates[idx('tw_gov_bond')]).toBeCloseTo(-7 * 0.02, 15);
    expect(rates[idx('global_ig_bond')]).toBeCloseTo(-6.5 * 0.02, 15);
    expect(rates[idx('tw_equity')]).toBe(0);
    // Combined shocks compound: a USD bond under +100 bp and USD -10%.
    const combo: Scenario = {
      kind: 'hypothetical',
      id: 'combo',
      name: 'combo',
      shocks: [
        { type: 'rates', bp: 100, currencies: ['USD'] },
        { type: 'fx', currency: 'USD', change: -0.1 },
      ],
    };
    const c = scenarioReturns(market, combo);
    expect(c[idx('global_ig_bond')]).toBeCloseTo((1 - 0.065) * 0.9 - 1, 15);
    expect(c[idx('tw_gov_bond')]).toBe(0);
  });

  it('refuses incomplete or unknown scenarios', () => {
    const partial: Scenario = {
      kind: 'historical',
      id: 'p',
      name: 'p',
      period: { from: 'a', to: 'b' },
      returns: {},
    };
    expect(errorOf(() => scenarioReturns(market, partial)).message).toBe(
      'Scenario "p" has no return for asset "tw_equity"',
    );
    expect(errorOf(() => selectScenarios(file.scenarios, ['nope'], [])).message).toBe(
      'Unknown scenario id "nope"',
    );
    expect(
      errorOf(() => parseScenariosFile({ version: '1', asOf: 'x', source: 's', scenarios: [] })).message,
    ).toContain('scenarios');
  });
});

describe('rebalancing', () => {
  const base = {
    holdings: [
      { id: '0050', assetClass: 'tw_equity', currency: 'TWD', quantity: 4000, price: 150, lotSize: 1000 },
      { id: 'BND', assetClass: 'global_ig_bond', currency: 'USD', quantity: 1000, price: 70, lotSize: 1 },
    ],
    fxRates: { USD: 30 },
    cash: 300_000,
    target: { tw_equity: 0.5, global_ig_bond: 0.5 },
  };

  it('within the bands: no trades', () => {
    // 600,000 equity, 2,100,000 bonds, 300,000 cash: far out. Make it balanced instead.
    const r = rebalance(
      parseRebalanceInput({
        ...base,
        holdings: [{ ...base.holdings[0]!, quantity: 9000 }, base.holdings[1]!],
        cash: 0,
      }),
    );
    expect(r.totalTwd).toBe(1_350_000 + 2_100_000);
    expect(r.rebalanceNeeded).toBe(true); // 39% vs 50%: out of the 5-point band
    const inBand = rebalance(
      parseRebalanceInput({
        ...base,
        cash: 0,
        holdings: [{ ...base.holdings[0]!, quantity: 14000 }, base.holdings[1]!],
      }),
    );
    expect(inBand.drift.map((d) => d.outOfBand)).toEqual([false, false]);
    expect(inBand.rebalanceNeeded).toBe(false);
    expect(inBand.trades).toEqual([]);
  });

  it('out of band: trades to target in whole lots, keeping the cash buffer', () => {
    const r = rebalance(parseRebalanceInput({ ...base, cashBuffer: 100_000 }));
    // Total 3,000,000; investable 2,900,000; targets 1,450,000 each.
    expect(r.investableTwd).toBe(2_900_000);
    expect(r.rebalanceNeeded).toBe(true);
    const buy = r.trades.find((t) => t.id === '0050')!;
    const sell = r.trades.find((t) => t.id === 'BND')!;
    expect(buy).toMatchObject({ side: 'buy', quantity: 5000 }); // 850,000 / 150 = 5,666 -> 5 lots of 1,000
    expect(sell).toMatchObject({ side: 'sell', quantity: 309 }); // 650,000 / 2,100 per unit = 309.5 -> 309
    expect(r.cashAfterTwd).toBeGreaterThanOrEqual(100_000);
    expect(r.cashAfterTwd).toBeCloseTo(300_000 - 750_000 + 309 * 2100, 6);
  });

  it('trims buys when rounding leaves too little cash for the buffer', () => {
    const r = rebalance(
      parseRebalanceInput({
        holdings: [
          { id: 'A', assetClass: 'a', currency: 'TWD', quantity: 0, price: 100, lotSize: 1 },
          { id: 'B', assetClass: 'b', currency: 'TWD', quantity: 10, price: 1000, lotSize: 1 },
        ],
        cash: 0,
        target: { a: 0.5, b: 0.5 },
        cashBuffer: 1000,
      }),
    );
    // Investable 9,000, 4,500 a class: sell 5 B (5,500 wanted, whole units), buy 45 A. That leaves
    // 500 in cash, short of the 1,000 buffer, so 5 units of A are trimmed.
    expect(r.trades.find((t) => t.id === 'B')).toMatchObject({ side: 'sell', quantity: 5 });
    expect(r.trades.find((t) => t.id === 'A')).toMatchObject({ side: 'buy', quantity: 40 });
    expect(r.cashAfterTwd).toBe(1000);
  });

  it('drops trades under the minimum size', () => {
    const r = rebalance(parseRebalanceInput({ ...base, minTradeTwd: 1_000_000, force: true }));
    expect(r.trades).toEqual([]);
  });

  it.each([
    [{ target: { tw_equity: 0.5, global_ig_bond: 0.4 } }, 'target weights add up to 0.9, not 1'],
    [{ fxRates: {} }, 'holdings[1]: no fxRates entry for USD'],
    [
      { target: { tw_equity: 0.5, gold: 0.5 } },
      'target.gold: no holding or instrument of asset class "gold"',
    ],
    [{ cashBuffer: 5_000_000 }, 'cashBuffer 5000000 leaves nothing to invest'],
    [{ holdings: [] }, 'holdings'],
    [{ cash: -1 }, 'cash'],
  ])('refuses %o', (patch, message) => {
    expect(errorOf(() => rebalance(parseRebalanceInput({ ...base, ...patch }))).message).toContain(message);
  });
});

describe('model portfolios per risk grade', () => {
  it('stays inside each volatility band, takes more return for more risk, and records the assumptions', () => {
    const set = modelPortfolios(market, meta);
    expect(set.assumptionsVersion).toBe(meta.version);
    expect(set.assumptionsAsOf).toBe(meta.asOf);
    expect(set.portfolios.map((p) => p.grade)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
    for (const p of set.portfolios) expect(p.volatility).toBeLessThanOrEqual(p.maxVolatility + 1e-12);
    for (let k = 1; k < 5; k++) {
      expect(set.portfolios[k]!.expectedReturn).toBeGreaterThan(set.portfolios[k - 1]!.expectedReturn);
    }
  });

  it('can leave out asset classes rated above a grade', () => {
    const set = modelPortfolios(market, meta, [{ grade: 'C2', maxVolatility: 0.2, maxRiskRating: 2 }]);
    for (const a of market.assets) {
      if ((a.riskRating ?? 5) > 2) expect(set.portfolios[0]!.weights[a.id]).toBeLessThan(1e-9);
    }
  });
});
