import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildMarket, parseAssumptions, type Market } from '../../../shared/analytics';

export const RESOURCES = path.resolve(import.meta.dirname, '../../../resources/analytics');

export function readResource(name: string): unknown {
  return JSON.parse(readFileSync(path.join(RESOURCES, name), 'utf8')) as unknown;
}

export function shippedAssumptions() {
  return parseAssumptions(readResource('capital-market-assumptions.json'));
}

/** A market from parallel arrays of returns and volatilities and one common correlation. */
export function simpleMarket(mu: number[], vol: number[], rho = 0, currencies?: string[]): Market {
  return buildMarket(
    mu.map((m, i) => ({
      id: `a${i}`,
      currency: currencies?.[i] ?? 'TWD',
      expectedReturn: m,
      volatility: vol[i]!,
    })),
    mu.map((_, i) => mu.map((__, j) => (i === j ? 1 : rho))),
  );
}

/** Deterministic pseudo-random market of n assets (one-factor correlations, so always PSD). */
export function randomMarket(n: number, seed: number): Market {
  let s = seed >>> 0 || 1;
  const rnd = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const beta = Array.from({ length: n }, () => 0.2 + 0.7 * rnd());
  const corr = beta.map((bi, i) => beta.map((bj, j) => (i === j ? 1 : bi * bj)));
  return buildMarket(
    beta.map((_, i) => ({
      id: `x${i}`,
      currency: i % 3 === 0 ? 'USD' : 'TWD',
      expectedReturn: 0.01 + 0.09 * rnd(),
      volatility: 0.03 + 0.25 * rnd(),
    })),
    corr,
  );
}

/** Catches the AppError a call throws, for assertions on code and message. */
export function errorOf(fn: () => unknown): { code?: string; message: string } {
  try {
    fn();
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected an error');
}
