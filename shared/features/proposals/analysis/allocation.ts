import type { AllocationSlice, AllocationView, ProposalContent } from '../schema';
import type { HoldingsValuation } from '../../holdings';
import type { Currency } from '../../../kernel/money';
import type { ProposedProduct } from './input';

/**
 * Current and proposed allocations: TWD values by asset class, currency and RR (RR1…RR5, or
 * `unrated` for a free-form position), with their weights of the view's total.
 */

/** One piece of a portfolio before it is grouped into views. */
export interface Holding {
  assetClass: string;
  currency: Currency;
  riskRating: number | null;
  valueTwd: number;
}

/** Cash by currency: TWD is twd_cash; every foreign currency is usd_cash, the assumptions' only foreign cash class. */
export function cashClassOf(currency: Currency): 'twd_cash' | 'usd_cash' {
  return currency === 'TWD' ? 'twd_cash' : 'usd_cash';
}

/**
 * The current portfolio's pieces: each position valued in TWD by its class, and cash by
 * currency. Positions and cash whose currency has no rate are left out (as totalTwd leaves them
 * out; the valuation names them in missingRates). Cash takes its class's RR from the assumptions.
 */
export function currentHoldings(
  holdings: HoldingsValuation,
  riskRatingOfClass: (assetClass: string) => number | null,
): Holding[] {
  const positions = holdings.positions.flatMap((p) =>
    p.marketValueTwd === null || p.marketValueTwd === 0
      ? []
      : [
          {
            assetClass: p.assetClass,
            currency: p.currency,
            riskRating: p.riskRating,
            valueTwd: p.marketValueTwd,
          },
        ],
  );
  const cash = holdings.cash.flatMap((c) => {
    if (c.amountTwd === null || c.amountTwd === 0) return [];
    const assetClass = cashClassOf(c.currency);
    return [
      { assetClass, currency: c.currency, riskRating: riskRatingOfClass(assetClass), valueTwd: c.amountTwd },
    ];
  });
  return [...positions, ...cash];
}

/**
 * The proposed allocation: each item's weight of the investable amount. The weights are grouped
 * at a notional 1 TWD and then scaled, so a proposal with nothing to invest yet still has its mix.
 */
export function proposedView(
  content: ProposalContent,
  productOf: (id: string) => ProposedProduct,
  investableTwd: number,
): AllocationView {
  const view = allocationView(proposedHoldings(content, productOf));
  const scale = (slices: AllocationSlice[]) =>
    slices.map((s) => ({ ...s, valueTwd: s.weight * investableTwd }));
  return {
    totalTwd: investableTwd,
    byAssetClass: scale(view.byAssetClass),
    byCurrency: scale(view.byCurrency),
    byRiskRating: scale(view.byRiskRating),
  };
}

function proposedHoldings(content: ProposalContent, productOf: (id: string) => ProposedProduct): Holding[] {
  return content.items.map((item) => {
    const product = productOf(item.productId);
    return {
      assetClass: item.assetClass,
      currency: product.currency,
      riskRating: product.riskRating,
      valueTwd: item.weight,
    };
  });
}

export function riskRatingKey(rating: number | null): string {
  return rating === null ? 'unrated' : `RR${rating}`;
}

/** The three views of a set of holdings; weights are shares of their total. */
export function allocationView(holdings: readonly Holding[]): AllocationView {
  const totalTwd = holdings.reduce((sum, h) => sum + h.valueTwd, 0);
  const group = (keyOf: (h: Holding) => string): AllocationSlice[] => {
    const slices = new Map<string, AllocationSlice>();
    for (const h of holdings) {
      const key = keyOf(h);
      const slice = slices.get(key) ?? { key, weight: 0, valueTwd: 0 };
      slice.valueTwd += h.valueTwd;
      slice.weight += h.valueTwd / totalTwd;
      slices.set(key, slice);
    }
    return [...slices.values()].sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key));
  };
  return {
    totalTwd,
    byAssetClass: group((h) => h.assetClass),
    byCurrency: group((h) => h.currency),
    byRiskRating: group((h) => riskRatingKey(h.riskRating)),
  };
}

/** Class weights as a vector over the market's assets (in its order). */
export function classWeights(view: AllocationView, assetIds: readonly string[]): number[] {
  const byClass = new Map(view.byAssetClass.map((s) => [s.key, s.weight]));
  return assetIds.map((id) => byClass.get(id) ?? 0);
}
