// Analytics figures for `npm run bench`: frontier speed, Monte Carlo speed, optimizer accuracy.
import {
  buildMarket,
  efficientFrontier,
  kktOf,
  makeProblem,
  parseMonteCarloInput,
  runMonteCarlo,
  type Market,
} from '../../shared/analytics';
import type { BenchRow } from './types';

const SECTION = 'analytics';

/** A reproducible 30-asset market: one-factor correlations (always valid), spread of returns and risks. */
function benchMarket(n: number): Market {
  let s = 12345;
  const rnd = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const beta = Array.from({ length: n }, () => 0.2 + 0.7 * rnd());
  return buildMarket(
    beta.map((_, i) => ({
      id: `asset${i}`,
      currency: i % 3 === 0 ? 'USD' : 'TWD',
      expectedReturn: 0.01 + 0.09 * rnd(),
      volatility: 0.03 + 0.25 * rnd(),
    })),
    beta.map((bi, i) => beta.map((bj, j) => (i === j ? 1 : bi * bj))),
  );
}

/** The bench's core worker runs the Monte Carlo under this name (bench-core-worker.ts). */
export const MONTE_CARLO_CHANNEL = 'bench.monteCarlo';

/** A 30-year plan with flows and a goal, 10,000 paths x 360 months (also run in the core worker). */
export const MONTE_CARLO_INPUT = {
  startMonth: '2026-01',
  months: 360,
  initial: 3_000_000,
  flows: [
    { kind: 'contribution', amount: 20_000, start: '2026-01', end: '2045-12' },
    { kind: 'withdrawal', amount: 60_000, start: '2046-01' },
  ],
  inflation: 0.02,
  goal: { amount: 10_000_000, date: '2045-12' },
  paths: 10_000,
  seed: 1,
  model: { kind: 'lognormal', expectedReturn: 0.06, volatility: 0.12 },
};

/** Median wall time of `runs` calls after one warm-up call. */
function median(fn: () => void, runs: number): number {
  fn();
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

export async function benchAnalytics(): Promise<BenchRow[]> {
  const market = benchMarket(30);
  const problem = makeProblem(market, {
    max: market.assets.map(() => 0.15),
    groups: [
      {
        name: 'USD',
        members: market.assets.flatMap((a, i) => (a.currency === 'USD' ? [i] : [])),
        min: 0,
        max: 0.4,
      },
    ],
  });
  const frontierMs = median(() => efficientFrontier(problem, 50), 7);
  const worstKkt = Math.max(...efficientFrontier(problem, 50).map((point) => kktOf(point).worst));

  const plan = parseMonteCarloInput(MONTE_CARLO_INPUT);
  const mcMs = median(() => runMonteCarlo(plan), 5);

  return [
    {
      section: SECTION,
      metric: 'efficient frontier, 30 assets x 50 points',
      value: `${frontierMs.toFixed(1)} ms`,
      target: '<= 50 ms',
      pass: frontierMs <= 50,
    },
    {
      section: SECTION,
      metric: 'Monte Carlo, 10,000 paths x 360 months with flows',
      value: `${mcMs.toFixed(0)} ms`,
      target: '<= 300 ms',
      pass: mcMs <= 300,
    },
    {
      section: SECTION,
      metric: 'Monte Carlo throughput',
      value: `${Math.round(10_000 / (mcMs / 1000)).toLocaleString('en-US')} paths/s`,
    },
    {
      section: SECTION,
      metric: 'optimizer worst KKT violation (frontier above)',
      value: worstKkt.toExponential(1),
      target: '<= 1e-9',
      pass: worstKkt <= 1e-9,
    },
  ];
}
