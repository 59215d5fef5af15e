import { z } from 'zod';
import { invalid, parseOrThrow } from './errors';
import { covarianceFrom, fromEigen, symmetricEigen, type Matrix } from './linalg';

/** Capital-market assumptions: asset classes, their moments, and the correlation matrix. */

const ID = /^[A-Za-z0-9_.-]{1,64}$/;
/** Tolerance for symmetry, unit diagonal and the smallest eigenvalue of a valid correlation matrix. */
export const CORRELATION_TOL = 1e-8;

export const assetIdSchema = z.string().regex(ID, { message: 'must be 1-64 letters, digits, _ . or -' });

export const assetClassSchema = z.object({
  id: assetIdSchema,
  name: z.string().max(200).optional(),
  nameZh: z.string().max(200).optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { message: 'must be a three-letter currency code' })
    .default('TWD'),
  /** Annual arithmetic expected return, in TWD terms for a TWD-based investor. */
  expectedReturn: z.number().gt(-1).lt(10),
  /** Annual volatility of that return; must be positive. */
  volatility: z.number().gt(0, { message: 'volatility must be positive' }).lte(5),
  /** The product-shelf risk rating (RR1-RR5) this class usually carries. */
  riskRating: z.number().int().min(1).max(5).optional(),
  /** Modified duration in years, used by the rate-shock stress test. */
  duration: z.number().min(0).max(50).optional(),
});

export type AssetClass = z.output<typeof assetClassSchema>;

export const correlationsSchema = z.array(z.array(z.number().min(-1).max(1)));

export const assumptionsFileSchema = z.object({
  version: z.string().min(1),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be YYYY-MM-DD' }),
  baseCurrency: z.literal('TWD'),
  source: z.string().min(1),
  method: z.string().min(1),
  assets: z.array(assetClassSchema).min(1),
  correlations: correlationsSchema,
});

export interface CorrelationRepair {
  /** The smallest eigenvalue of the matrix as given (negative: it was not a valid correlation matrix). */
  minEigenvalueBefore: number;
  /** Frobenius distance between the given and the repaired matrix. */
  frobeniusDistance: number;
}

/** A validated market: ready for the optimizer, metrics and simulations. */
export interface Market {
  assets: AssetClass[];
  correlations: Matrix;
  covariance: Matrix;
  /** Present only when the caller asked for repair and the matrix needed it. */
  repair?: CorrelationRepair;
}

export interface AssumptionsMeta {
  version: string;
  asOf: string;
  source: string;
  method: string;
}

export interface MarketOptions {
  /** Replace an invalid (non-PSD) correlation matrix by the nearest valid one instead of refusing it. */
  repairCorrelations?: boolean;
}

/** Validates asset classes and correlations together and builds the covariance matrix. */
export function buildMarket(
  assetsInput: readonly AssetClass[],
  correlationsInput: Matrix,
  options: MarketOptions = {},
): Market {
  const assets = assetsInput.map((a) => ({ ...a }));
  const ids = assets.map((a) => a.id);
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw invalid(`Duplicate asset id "${id}"`);
    seen.add(id);
  }
  const { matrix, repair } = validateCorrelations(ids, correlationsInput, options);
  const market: Market = {
    assets,
    correlations: matrix,
    covariance: covarianceFrom(
      assets.map((a) => a.volatility),
      matrix,
    ),
  };
  if (repair) market.repair = repair;
  return market;
}

/** Parses a capital-market assumptions file (already JSON-parsed) into its metadata and market. */
export function parseAssumptions(
  input: unknown,
  options: MarketOptions = {},
): { meta: AssumptionsMeta; market: Market } {
  const file = parseOrThrow(assumptionsFileSchema, input, 'capital-market assumptions');
  const market = buildMarket(file.assets, file.correlations, options);
  return {
    meta: { version: file.version, asOf: file.asOf, source: file.source, method: file.method },
    market,
  };
}

/**
 * Checks shape, symmetry, unit diagonal and positive semidefiniteness, naming the bad cell.
 * A matrix that fails only the PSD test is repaired when asked (and the repair is reported).
 */
export function validateCorrelations(
  ids: readonly string[],
  m: Matrix,
  options: MarketOptions = {},
): { matrix: Matrix; repair?: CorrelationRepair } {
  const n = ids.length;
  if (m.length !== n) throw invalid(`correlations has ${m.length} rows but there are ${n} assets`);
  m.forEach((row, i) => {
    if (row.length !== n) throw invalid(`correlations[${i}] has ${row.length} entries, expected ${n}`);
  });
  for (let i = 0; i < n; i++) {
    const d = m[i]![i]!;
    if (Math.abs(d - 1) > CORRELATION_TOL) {
      throw invalid(`correlations[${i}][${i}] (${ids[i]}) is ${d}; the diagonal must be 1`);
    }
    for (let j = 0; j < i; j++) {
      const a = m[i]![j]!;
      const b = m[j]![i]!;
      if (!Number.isFinite(a) || Math.abs(a) > 1) {
        throw invalid(`correlations[${i}][${j}] (${ids[i]}, ${ids[j]}) is ${a}; must be within [-1, 1]`);
      }
      if (Math.abs(a - b) > CORRELATION_TOL) {
        throw invalid(
          `correlations[${i}][${j}] is ${a} but correlations[${j}][${i}] is ${b} (${ids[i]}, ${ids[j]}): the matrix must be symmetric`,
        );
      }
    }
  }
  const symmetric = m.map((row, i) => row.map((_, j) => (i === j ? 1 : (m[i]![j]! + m[j]![i]!) / 2)));
  const { values } = symmetricEigen(symmetric);
  const minEigenvalue = Math.min(...values);
  if (minEigenvalue >= -CORRELATION_TOL) return { matrix: symmetric };
  if (!options.repairCorrelations) {
    throw invalid(
      `correlations is not positive semidefinite (smallest eigenvalue ${minEigenvalue.toPrecision(4)}): ` +
        'some correlations contradict each other; fix them or ask for repair',
      { minEigenvalue },
    );
  }
  const repaired = nearestCorrelation(symmetric);
  let dist = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) dist += (repaired[i]![j]! - symmetric[i]![j]!) ** 2;
  return {
    matrix: repaired,
    repair: { minEigenvalueBefore: minEigenvalue, frobeniusDistance: Math.sqrt(dist) },
  };
}

/**
 * Nearest correlation matrix in the Frobenius norm by Higham's (2002) alternating projections
 * with Dykstra's correction, then a final eigenvalue floor so the result is strictly usable.
 */
export function nearestCorrelation(a: Matrix, maxIterations = 500): Matrix {
  const n = a.length;
  let y = a.map((row) => row.slice());
  let ds: Matrix = a.map((row) => row.map(() => 0));
  for (let iter = 0; iter < maxIterations; iter++) {
    const r = y.map((row, i) => row.map((v, j) => v - ds[i]![j]!));
    const x = projectPsd(r, 0);
    ds = x.map((row, i) => row.map((v, j) => v - r[i]![j]!));
    const next = x.map((row, i) => row.map((v, j) => (i === j ? 1 : v)));
    let change = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) change += (next[i]![j]! - y[i]![j]!) ** 2;
    y = next;
    if (Math.sqrt(change) < 1e-12) break;
  }
  const floored = projectPsd(y, 1e-10);
  const scale = floored.map((row, i) => 1 / Math.sqrt(row[i]!));
  return floored.map((row, i) => row.map((v, j) => (i === j ? 1 : v * scale[i]! * scale[j]!)));
}

function projectPsd(m: Matrix, floor: number): Matrix {
  const { values, vectors } = symmetricEigen(m);
  return fromEigen(
    values.map((v) => Math.max(v, floor)),
    vectors,
  );
}

/** Optional inline market in a command's JSON; without it the shipped assumptions are used. */
export const inlineMarketSchema = z.object({
  assets: z.array(assetClassSchema).min(1).optional(),
  correlations: correlationsSchema.optional(),
  repairCorrelations: z.boolean().default(false),
});

export function resolveMarket(input: z.output<typeof inlineMarketSchema>, fallback?: Market): Market {
  if (input.assets) {
    if (!input.correlations) throw invalid('correlations is required with assets');
    return buildMarket(input.assets, input.correlations, { repairCorrelations: input.repairCorrelations });
  }
  if (input.correlations) throw invalid('assets is required with correlations');
  if (!fallback) throw invalid('assets and correlations are required');
  return fallback;
}
