import type { SuitabilityItem } from '../suitability';
import type { ProposalContent } from './schema';

/**
 * The items the suitability rules judge a proposal on: its products with a weight (a product at
 * 0% is not proposed), the 推介理由 and whether the client asked for it. The core checks these
 * live and when presenting; the authoring screen saves a check of the same items when the advisor
 * asks for an override, so the override names the finding the core will see.
 */
export function suitabilityItemsOf(content: Pick<ProposalContent, 'items'>): SuitabilityItem[] {
  return content.items
    .filter((item) => item.weight > 0)
    .map((item) => ({
      productId: item.productId,
      weightPercent: item.weight * 100,
      rationale: item.rationale,
      clientInitiated: item.clientRequested,
    }));
}
