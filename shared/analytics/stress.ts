import { z } from 'zod';
import type { Market } from './assumptions';
import { invalid, parseOrThrow } from './errors';

/** Stress tests: historical scenarios and hypothetical shocks applied to a portfolio. */

const shockSchema = z.discriminatedUnion('type', [
  /** A return for the named asset classes, in their own currency (e.g. TAIEX -30%). */
  z.object({ type: z.literal('asset'), ids: z.array(z.string()).min(1), return: z.number().gt(-1) }),
  /** The TWD value of one unit of `currency` moves by `change` (USD/TWD -10%: USD, -0.1). */
  z.object({ type: z.literal('fx'), currency: z.string().regex(/^[A-Z]{3}$/), change: z.number().gt(-1) }),
  /** A parallel yield move in basis points, through each asset's duration: return = -D * dy. */
  z.object({
    type: z.literal('rates'),
    bp: z.number().min(-1000).max(1000),
    currencies: z.array(z.string()).optional(),
  }),
]);

export type Shock = z.output<typeof shockSchema>;

export const scenarioSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('historical'),
    id: z.string().min(1),
    name: z.string(),
    nameZh: z.string().optional(),
    period: z.object({ from: z.string(), to: z.string() }),
    description: z.string().optional(),
    /** Total return of each asset class over the period, in TWD terms. */
    returns: z.record(z.string(), z.number().gt(-1)),
  }),
  z.object({
    kind: z.literal('hypothetical'),
    id: z.string().min(1),
    name: z.string(),
    nameZh: z.string().optional(),
    description: z.string().optional(),
    shocks: z.array(shockSchema).min(1),
  }),
]);

export type Scenario = z.output<typeof scenarioSchema>;

export const scenariosFileSchema = z.object({
  version: z.string().min(1),
  asOf: z.string(),
  source: z.string().min(1),
  scenarios: z.array(scenarioSchema).min(1),
});

export type ScenariosFile = z.output<typeof scenariosFileSchema>;

export function parseScenariosFile(input: unknown): ScenariosFile {
  return parseOrThrow(scenariosFileSchema, input, 'stress scenarios');
}

export interface StressResult {
  id: string;
  name: string;
  nameZh?: string;
  kind: Scenario['kind'];
  /** Portfolio return under the scenario (negative is a loss). */
  portfolioReturn: number;
  /** Loss as a positive percentage of the portfolio (negative: a gain). */
  lossPercent: number;
  /** Loss in TWD for the given portfolio value. */
  lossTwd: number;
  assets: { id: string; weight: number; return: number; contribution: number }[];
}

/** Each asset's TWD return under a scenario. */
export function scenarioReturns(market: Market, scenario: Scenario): number[] {
  if (scenario.kind === 'historical') {
    return market.assets.map((a) => {
      const r = scenario.returns[a.id];
      if (r === undefined) throw invalid(`Scenario "${scenario.id}" has no return for asset "${a.id}"`);
      return r;
    });
  }
  const local = market.assets.map(() => 1);
  const fx = market.assets.map(() => 1);
  for (const shock of scenario.shocks) {
    if (shock.type === 'asset') {
      for (const id of shock.ids) {
        const i = market.assets.findIndex((a) => a.id === id);
        if (i < 0) throw invalid(`Scenario "${scenario.id}": unknown asset id "${id}"`);
        local[i] = local[i]! * (1 + shock.return);
      }
    } else if (shock.type === 'fx') {
      if (shock.currency === 'TWD')
        throw invalid(`Scenario "${scenario.id}": an fx shock must name a foreign currency`);
      market.assets.forEach((a, i) => {
        if (a.currency === shock.currency) fx[i] = fx[i]! * (1 + shock.change);
      });
    } else {
      market.assets.forEach((a, i) => {
        if (shock.currencies && !shock.currencies.includes(a.currency)) return;
        local[i] = local[i]! * Math.max(0, 1 - (a.duration ?? 0) * (shock.bp / 10_000));
      });
    }
  }
  return local.map((l, i) => l * fx[i]! - 1);
}

export function stressTest(
  market: Market,
  weights: readonly number[],
  value: number,
  scenario: Scenario,
): StressResult {
  const returns = scenarioReturns(market, scenario);
  const assets = market.assets
    .map((a, i) => ({
      id: a.id,
      weight: weights[i]!,
      return: returns[i]!,
      contribution: weights[i]! * returns[i]!,
    }))
    .filter((a) => a.weight !== 0);
  const portfolioReturn = assets.reduce((s, a) => s + a.contribution, 0);
  const result: StressResult = {
    id: scenario.id,
    name: scenario.name,
    kind: scenario.kind,
    portfolioReturn,
    lossPercent: -portfolioReturn * 100,
    lossTwd: -portfolioReturn * value,
    assets,
  };
  if (scenario.nameZh) result.nameZh = scenario.nameZh;
  return result;
}

export const stressInputSchema = z.object({
  weights: z.record(z.string(), z.number()),
  /** Portfolio value in TWD. */
  value: z.number().gt(0),
  /** Ids of shipped scenarios to run; all when left out. */
  scenarioIds: z.array(z.string()).optional(),
  /** Extra scenarios of the caller's own. */
  scenarios: z.array(scenarioSchema).default([]),
});

export function parseStressInput(input: unknown) {
  return parseOrThrow(stressInputSchema, input, 'stress input');
}

/** The scenarios to run: the chosen shipped ones (all by default) plus the caller's own. */
export function selectScenarios(
  shipped: readonly Scenario[],
  ids: readonly string[] | undefined,
  extra: readonly Scenario[],
) {
  const chosen = ids
    ? ids.map((id) => {
        const s = shipped.find((x) => x.id === id);
        if (!s) throw invalid(`Unknown scenario id "${id}"`);
        return s;
      })
    : [...shipped];
  return [...chosen, ...extra];
}
