import { z } from 'zod';
import { invalid, num, parseOrThrow } from './errors';

/**
 * Rebalancing from current holdings to a target allocation by asset class. Target weights apply to
 * the investable amount: holdings plus settlement cash (TWD) minus the cash buffer kept aside.
 */

const holdingSchema = z.object({
  /** Instrument id (fund code, ticker). */
  id: z.string().min(1),
  assetClass: z.string().min(1),
  currency: z.string().regex(/^[A-Z]{3}$/),
  /** Units held; may be 0 for an instrument used only to buy into its class. */
  quantity: z.number().min(0),
  /** Price per unit in the instrument's currency. */
  price: z.number().gt(0),
  /** Trades are whole multiples of this many units. */
  lotSize: z.number().gt(0).default(1),
});

export const rebalanceInputSchema = z.object({
  holdings: z.array(holdingSchema).min(1),
  /** TWD per unit of each foreign currency; TWD is 1. */
  fxRates: z.record(z.string(), z.number().gt(0)).default({}),
  /** Settlement cash in TWD. */
  cash: z.number().min(0).default(0),
  /** Target weight per asset class; must add up to 1. */
  target: z.record(z.string(), z.number().min(0).max(1)),
  /** TWD kept as cash, outside the target allocation. */
  cashBuffer: z.number().min(0).default(0),
  /** Trades smaller than this (TWD) are not worth their cost and are dropped. */
  minTradeTwd: z.number().min(0).default(0),
  /** Drift tolerance: rebalance when |weight - target| exceeds absolute, or exceeds relative * target. */
  bands: z
    .object({ absolute: z.number().gt(0).max(1).optional(), relative: z.number().gt(0).optional() })
    .default({ absolute: 0.05, relative: 0.25 }),
  /** Produce trades even when every class is within its band. */
  force: z.boolean().default(false),
});

export type RebalanceInput = z.output<typeof rebalanceInputSchema>;

export interface Drift {
  assetClass: string;
  current: number;
  target: number;
  drift: number;
  outOfBand: boolean;
}

export interface Trade {
  id: string;
  assetClass: string;
  side: 'buy' | 'sell';
  quantity: number;
  /** Value in TWD (positive). */
  valueTwd: number;
}

export interface RebalanceResult {
  totalTwd: number;
  investableTwd: number;
  drift: Drift[];
  rebalanceNeeded: boolean;
  trades: Trade[];
  cashAfterTwd: number;
  weightsAfter: Record<string, number>;
}

export function parseRebalanceInput(input: unknown): RebalanceInput {
  return parseOrThrow(rebalanceInputSchema, input, 'rebalance input');
}

const SUM_TOL = 1e-6;

export function rebalance(input: RebalanceInput): RebalanceResult {
  const fx = (currency: string, where: string) => {
    if (currency === 'TWD') return 1;
    const rate = input.fxRates[currency];
    if (rate === undefined) throw invalid(`${where}: no fxRates entry for ${currency}`);
    return rate;
  };
  const holdings = input.holdings.map((h, k) => ({
    ...h,
    unitTwd: h.price * fx(h.currency, `holdings[${k}]`),
  }));
  const targetSum = Object.values(input.target).reduce((s, w) => s + w, 0);
  if (Math.abs(targetSum - 1) > SUM_TOL) throw invalid(`target weights add up to ${num(targetSum)}, not 1`);

  const classes = [...new Set([...Object.keys(input.target), ...holdings.map((h) => h.assetClass)])];
  for (const c of Object.keys(input.target)) {
    if (!holdings.some((h) => h.assetClass === c)) {
      throw invalid(`target.${c}: no holding or instrument of asset class "${c}" to trade`);
    }
  }
  const classValue = (qty: (h: (typeof holdings)[number], k: number) => number) => {
    const out = new Map<string, number>(classes.map((c) => [c, 0]));
    holdings.forEach((h, k) => out.set(h.assetClass, out.get(h.assetClass)! + qty(h, k) * h.unitTwd));
    return out;
  };
  const before = classValue((h) => h.quantity);
  const holdingsTwd = [...before.values()].reduce((s, v) => s + v, 0);
  const totalTwd = holdingsTwd + input.cash;
  const investableTwd = totalTwd - input.cashBuffer;
  if (investableTwd <= 0)
    throw invalid(`cashBuffer ${input.cashBuffer} leaves nothing to invest (total ${totalTwd})`);

  const drift = classes.map((c) => {
    const current = before.get(c)! / investableTwd;
    const target = input.target[c] ?? 0;
    const d = current - target;
    const { absolute, relative } = input.bands;
    const outOfBand =
      (absolute !== undefined && Math.abs(d) > absolute) ||
      (relative !== undefined && Math.abs(d) > relative * target);
    return { assetClass: c, current, target, drift: d, outOfBand };
  });
  const rebalanceNeeded = drift.some((d) => d.outOfBand);

  const delta = holdings.map(() => 0);
  if (rebalanceNeeded || input.force) {
    for (const c of classes) {
      let need = (input.target[c] ?? 0) * investableTwd - before.get(c)!;
      // Buys go to the first instrument listed for the class; sells draw on them in order.
      holdings.forEach((h, k) => {
        if (h.assetClass !== c || need === 0) return;
        const lots = Math.trunc(need / (h.unitTwd * h.lotSize));
        const units = need > 0 ? lots * h.lotSize : Math.max(lots * h.lotSize, -h.quantity);
        if (Math.abs(units * h.unitTwd) < input.minTradeTwd) return;
        delta[k] = units;
        need = need > 0 ? 0 : need - units * h.unitTwd;
      });
    }
    coverShortfall(holdings, delta, input.cash, input.cashBuffer);
  }

  const trades: Trade[] = [];
  holdings.forEach((h, k) => {
    const units = delta[k]!;
    if (units === 0) return;
    trades.push({
      id: h.id,
      assetClass: h.assetClass,
      side: units > 0 ? 'buy' : 'sell',
      quantity: Math.abs(units),
      valueTwd: Math.abs(units * h.unitTwd),
    });
  });
  const cashAfterTwd = input.cash - holdings.reduce((s, h, k) => s + delta[k]! * h.unitTwd, 0);
  const after = classValue((h, k) => h.quantity + delta[k]!);
  const weightsAfter = Object.fromEntries(classes.map((c) => [c, after.get(c)! / investableTwd]));
  return { totalTwd, investableTwd, drift, rebalanceNeeded, trades, cashAfterTwd, weightsAfter };
}

/** Rounding sells down can leave buys short of cash: trim the largest buys lot by lot until the buffer holds. */
function coverShortfall(
  holdings: readonly { unitTwd: number; lotSize: number }[],
  delta: number[],
  cash: number,
  buffer: number,
): void {
  const net = () => holdings.reduce((s, h, k) => s + delta[k]! * h.unitTwd, 0);
  let shortfall = net() - (cash - buffer);
  const buys = holdings.map((_, k) => k).filter((k) => delta[k]! > 0);
  buys.sort((a, b) => delta[b]! * holdings[b]!.unitTwd - delta[a]! * holdings[a]!.unitTwd);
  for (const k of buys) {
    if (shortfall <= 1e-9) break;
    const lot = holdings[k]!.unitTwd * holdings[k]!.lotSize;
    const lots = Math.min(delta[k]! / holdings[k]!.lotSize, Math.ceil(shortfall / lot));
    delta[k] = delta[k]! - lots * holdings[k]!.lotSize;
    shortfall -= lots * lot;
  }
  if (shortfall > 1e-9)
    throw invalid('Not enough cash to keep the cash buffer even after trimming every buy');
}
