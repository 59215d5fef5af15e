import { z } from 'zod';
import { assetClassSchema, buildMarket, correlationsSchema, type Market } from './assumptions';
import { invalid, num, parseOrThrow } from './errors';
import type { LinearConstraint } from './qp';

/** An allocation problem: a market, per-asset bounds and group limits. Long-only, fully invested. */

export interface WeightGroup {
  name: string;
  /** Indices into market.assets. */
  members: number[];
  min: number;
  max: number;
}

export interface AllocationProblem {
  market: Market;
  min: number[];
  max: number[];
  groups: WeightGroup[];
  riskFreeRate: number;
}

const share = z.number().min(0).max(1);

const optimizationAssetSchema = assetClassSchema.extend({
  min: share.default(0),
  max: share.default(1),
});

const groupSchema = z.object({
  name: z.string().max(100).optional(),
  ids: z.array(z.string()).min(1),
  min: share.default(0),
  max: share.default(1),
});

export const objectiveSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('minVariance') }),
  z.object({ kind: z.literal('maxSharpe') }),
  z.object({ kind: z.literal('maxReturn') }),
  z.object({ kind: z.literal('targetReturn'), value: z.number().gt(-1).lt(10) }),
  z.object({ kind: z.literal('targetVolatility'), value: z.number().gt(0).lte(5) }),
]);

export type Objective = z.output<typeof objectiveSchema>;

/**
 * The JSON the optimize and frontier commands read. `assets` + `correlations` may be left out to
 * use the shipped assumptions, with optional `bounds` per asset id.
 */
export const allocationInputSchema = z.object({
  assets: z.array(optimizationAssetSchema).min(1).optional(),
  correlations: correlationsSchema.optional(),
  bounds: z.record(z.string(), z.object({ min: share.default(0), max: share.default(1) })).optional(),
  riskFreeRate: z.number().gt(-1).lt(1).default(0),
  groups: z.array(groupSchema).default([]),
  objective: objectiveSchema.default({ kind: 'minVariance' }),
  repairCorrelations: z.boolean().default(false),
});

export type AllocationInput = z.output<typeof allocationInputSchema>;

/**
 * Parses the optimize/frontier JSON. `fallback` is the market from the shipped assumptions, used
 * when the input names no assets of its own.
 */
export function parseAllocationInput(
  input: unknown,
  fallback?: Market,
): { problem: AllocationProblem; objective: Objective } {
  const parsed = parseOrThrow(allocationInputSchema, input, 'allocation input');
  let market: Market;
  let min: number[];
  let max: number[];
  if (parsed.assets) {
    if (!parsed.correlations) throw invalid('Invalid allocation input: correlations is required with assets');
    market = buildMarket(parsed.assets, parsed.correlations, {
      repairCorrelations: parsed.repairCorrelations,
    });
    min = parsed.assets.map((a) => a.min);
    max = parsed.assets.map((a) => a.max);
  } else {
    if (!fallback) throw invalid('Invalid allocation input: assets is required');
    market = fallback;
    min = market.assets.map(() => 0);
    max = market.assets.map(() => 1);
  }
  for (const [id, b] of Object.entries(parsed.bounds ?? {})) {
    const i = indexOfAsset(market, id, `bounds.${id}`);
    min[i] = b.min;
    max[i] = b.max;
  }
  const groups = parsed.groups.map((g, k) => ({
    name: g.name ?? `groups[${k}]`,
    members: g.ids.map((id, j) => indexOfAsset(market, id, `groups[${k}].ids[${j}]`)),
    min: g.min,
    max: g.max,
  }));
  const problem = makeProblem(market, { min, max, groups, riskFreeRate: parsed.riskFreeRate });
  return { problem, objective: parsed.objective };
}

export function indexOfAsset(market: Market, id: string, where: string): number {
  const i = market.assets.findIndex((a) => a.id === id);
  if (i < 0) throw invalid(`${where}: unknown asset id "${id}"`);
  return i;
}

/** Builds a problem and refuses the infeasibilities that can be named exactly. */
export function makeProblem(
  market: Market,
  spec: Partial<Omit<AllocationProblem, 'market'>> = {},
): AllocationProblem {
  const n = market.assets.length;
  const problem: AllocationProblem = {
    market,
    min: spec.min ?? new Array<number>(n).fill(0),
    max: spec.max ?? new Array<number>(n).fill(1),
    groups: spec.groups ?? [],
    riskFreeRate: spec.riskFreeRate ?? 0,
  };
  checkFeasibility(problem);
  return problem;
}

function checkFeasibility(p: AllocationProblem): void {
  const ids = p.market.assets.map((a) => a.id);
  let sumMin = 0;
  let sumMax = 0;
  ids.forEach((id, i) => {
    const lo = p.min[i]!;
    const hi = p.max[i]!;
    if (!(lo >= 0 && hi <= 1 && lo <= hi)) {
      throw invalid(`Asset "${id}": min ${lo} and max ${hi} must satisfy 0 <= min <= max <= 1`);
    }
    sumMin += lo;
    sumMax += hi;
  });
  if (sumMin > 1 + 1e-12)
    throw invalid(`Infeasible: the asset minimums add up to ${num(sumMin)}, more than 1`);
  if (sumMax < 1 - 1e-12)
    throw invalid(`Infeasible: the asset maximums add up to ${num(sumMax)}, less than 1`);
  for (const g of p.groups) {
    if (g.min > g.max) throw invalid(`Group "${g.name}": min ${g.min} is above max ${g.max}`);
    const gMin = g.members.reduce((s, i) => s + p.min[i]!, 0);
    const gMax = g.members.reduce((s, i) => s + p.max[i]!, 0);
    if (gMin > g.max + 1e-12) {
      throw invalid(
        `Infeasible: group "${g.name}" max ${g.max} is below its members' minimums (${num(gMin)})`,
      );
    }
    if (gMax < g.min - 1e-12) {
      throw invalid(
        `Infeasible: group "${g.name}" min ${g.min} is above its members' maximums (${num(gMax)})`,
      );
    }
  }
}

function unit(n: number, i: number, scale = 1): number[] {
  const a = new Array<number>(n).fill(0);
  a[i] = scale;
  return a;
}

function groupVector(n: number, members: readonly number[], scale: number): number[] {
  const a = new Array<number>(n).fill(0);
  for (const i of members) a[i] = a[i]! + scale;
  return a;
}

/** Weight constraints: sum to one, per-asset bounds, group limits. Redundant bounds are left out. */
export function weightConstraints(p: AllocationProblem): LinearConstraint[] {
  const n = p.market.assets.length;
  const ids = p.market.assets.map((a) => a.id);
  const out: LinearConstraint[] = [
    { a: new Array<number>(n).fill(1), b: 1, equality: true, label: 'sum of weights = 1' },
  ];
  for (let i = 0; i < n; i++) {
    // A fixed weight is one equality: a pair of opposite inequalities is degenerate for the solver.
    if (p.min[i] === p.max[i]) {
      out.push({ a: unit(n, i), b: p.min[i]!, equality: true, label: `${ids[i]} = ${p.min[i]}` });
      continue;
    }
    out.push({ a: unit(n, i), b: p.min[i]!, equality: false, label: `${ids[i]} >= min` });
    if (p.max[i]! < 1)
      out.push({ a: unit(n, i, -1), b: -p.max[i]!, equality: false, label: `${ids[i]} <= max` });
  }
  for (const g of p.groups) {
    if (g.min > 0)
      out.push({ a: groupVector(n, g.members, 1), b: g.min, equality: false, label: `${g.name} >= min` });
    if (g.max < 1) {
      out.push({ a: groupVector(n, g.members, -1), b: -g.max, equality: false, label: `${g.name} <= max` });
    }
  }
  return out;
}

/**
 * The same constraints made homogeneous in y = kappa * w with kappa = sum(y) > 0, for the
 * maximum-Sharpe transformation (Cornuejols & Tutuncu, Optimization Methods in Finance, 8.2).
 */
export function homogeneousConstraints(p: AllocationProblem): LinearConstraint[] {
  const n = p.market.assets.length;
  const ids = p.market.assets.map((a) => a.id);
  const out: LinearConstraint[] = [];
  const ones = new Array<number>(n).fill(1);
  const minus = (a: number[], scale: number) => a.map((v, j) => v - scale * ones[j]!);
  for (let i = 0; i < n; i++) {
    if (p.min[i] === p.max[i]) {
      out.push({ a: minus(unit(n, i), p.min[i]!), b: 0, equality: true, label: `${ids[i]} = ${p.min[i]}` });
      continue;
    }
    out.push({ a: unit(n, i), b: 0, equality: false, label: `${ids[i]} >= 0` });
    if (p.min[i]! > 0)
      out.push({ a: minus(unit(n, i), p.min[i]!), b: 0, equality: false, label: `${ids[i]} >= min` });
    if (p.max[i]! < 1) {
      out.push({
        a: minus(unit(n, i), p.max[i]!).map((v) => -v),
        b: 0,
        equality: false,
        label: `${ids[i]} <= max`,
      });
    }
  }
  for (const g of p.groups) {
    const v = groupVector(n, g.members, 1);
    if (g.min > 0) out.push({ a: minus(v, g.min), b: 0, equality: false, label: `${g.name} >= min` });
    if (g.max < 1)
      out.push({ a: minus(v, g.max).map((x) => -x), b: 0, equality: false, label: `${g.name} <= max` });
  }
  return out;
}
