import type { HoldingsValuation, ValuedPosition } from '../../holdings';
import type { ProposalContent, Trade } from '../schema';
import type { ProposedProduct } from './input';

/**
 * The trades that take the current positions to the proposed products. Each proposed product's
 * target is its weight of the investable amount (holdings plus new money). A position whose
 * product is not proposed (or a free-form one) is sold whole; a proposed product held above its
 * target is sold down to it, from its positions in their order; one held below it is bought up
 * to it. Cash is what pays for the buys, so it is not traded. Positions without an FX rate cannot
 * be valued and are left as they are. Fees: the product's front load for a buy, the firm's sell
 * cost setting for a sale, both in percent of the trade's value.
 */

/** Differences under one TWD are rounding, not trades. */
const MIN_TRADE_TWD = 1;

export interface TradeList {
  trades: Trade[];
  feesTwd: number;
}

export function rebalancingTrades(
  content: ProposalContent,
  holdings: HoldingsValuation | null,
  productOf: (id: string) => ProposedProduct,
  investableTwd: number,
  sellCostPercent: number,
): TradeList {
  const positions = (holdings?.positions ?? []).filter((p) => p.marketValueTwd !== null);
  const proposed = new Set(content.items.map((i) => i.productId));
  const sell = (p: ValuedPosition, valueTwd: number): Trade => ({
    side: 'sell',
    productId: p.productId,
    positionId: p.id,
    label: p.productCode ? `${p.productCode} ${p.name}` : p.name,
    assetClass: p.assetClass,
    currency: p.currency,
    valueTwd,
    feeTwd: (valueTwd * sellCostPercent) / 100,
    feePercent: sellCostPercent,
  });

  const sales = positions
    .filter((p) => p.productId === null || !proposed.has(p.productId))
    .filter((p) => p.marketValueTwd! >= MIN_TRADE_TWD)
    .map((p) => sell(p, p.marketValueTwd!));
  const buys: Trade[] = [];
  for (const item of content.items) {
    const product = productOf(item.productId);
    const held = positions.filter((p) => p.productId === item.productId);
    const heldTwd = held.reduce((sum, p) => sum + p.marketValueTwd!, 0);
    let gap = item.weight * investableTwd - heldTwd;
    if (gap >= MIN_TRADE_TWD) {
      const feePercent = product.fees.frontLoadPercent ?? 0;
      buys.push({
        side: 'buy',
        productId: product.id,
        positionId: null,
        label: `${product.code} ${product.nameZh}`,
        assetClass: item.assetClass,
        currency: product.currency,
        valueTwd: gap,
        feeTwd: (gap * feePercent) / 100,
        feePercent,
      });
    }
    for (const p of held) {
      if (gap > -MIN_TRADE_TWD) break;
      const value = Math.min(p.marketValueTwd!, -gap);
      sales.push(sell(p, value));
      gap += value;
    }
  }
  const trades = [...sales, ...buys];
  return { trades, feesTwd: trades.reduce((sum, t) => sum + t.feeTwd, 0) };
}
