import type { SuitabilityItemInput } from '../../../../shared/features/suitability';
import type { AmountValue } from '../../lib/AmountInput';
import type { PickedProduct } from './ProductPicker';

export type SizeBasis = 'weight' | 'amount';

/** One proposed product as the advisor is filling it in. */
export interface DraftItem {
  product: PickedProduct;
  size: AmountValue;
  rationale: string;
  clientInitiated: boolean;
}

export function draftOf(product: PickedProduct): DraftItem {
  return { product, size: null, rationale: '', clientInitiated: false };
}

/** The items the check channel takes, or null while a size is missing or unreadable. */
export function itemsOf(drafts: readonly DraftItem[], basis: SizeBasis): SuitabilityItemInput[] | null {
  if (drafts.length === 0) return null;
  const items: SuitabilityItemInput[] = [];
  for (const draft of drafts) {
    if (typeof draft.size !== 'number' || draft.size <= 0) return null;
    items.push({
      productId: draft.product.id,
      ...(basis === 'weight' ? { weightPercent: draft.size } : { amountTwd: draft.size }),
      rationale: draft.rationale.trim() === '' ? null : draft.rationale,
      clientInitiated: draft.clientInitiated,
    });
  }
  return items;
}
