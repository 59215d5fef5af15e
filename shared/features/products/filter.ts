import { z } from 'zod';
import { assetClassIdSchema, productCurrencySchema, productStateSchema, productTypeSchema } from './schema';

/**
 * The shelf filter: one pure function for the core's products.list, the screen (which filters its
 * 5,000 rows in memory as the user types) and the benchmark, so all three agree on what matches.
 */
export const shelfFilterSchema = z.object({
  /** A fragment of the code, either name or the issuer; any case. Control characters are dropped. */
  text: z
    .string()
    .max(50)
    // eslint-disable-next-line no-control-regex -- removing them is the point
    .transform((s) => s.replace(/[\u0000-\u001f\u007f]/g, '').trim())
    .optional(),
  riskRating: z.number().int().min(1).max(5).optional(),
  type: productTypeSchema.optional(),
  currency: productCurrencySchema.optional(),
  assetClass: assetClassIdSchema.optional(),
  state: productStateSchema.optional(),
});
export type ShelfFilter = z.input<typeof shelfFilterSchema>;

/** What the filter reads of a product: a summary or a full product. */
export interface ShelfItem {
  code: string;
  nameZh: string;
  nameEn: string | null;
  issuer: string;
  type: string;
  currency: string;
  riskRating: number;
  assetClass: string;
  state: string;
}

/** The products that match every given part of the filter, in their order. */
export function filterShelf<P extends ShelfItem>(products: readonly P[], filter: ShelfFilter): P[] {
  const text = filter.text?.trim().toLowerCase() ?? '';
  return products.filter(
    (p) =>
      (filter.riskRating === undefined || p.riskRating === filter.riskRating) &&
      (filter.type === undefined || p.type === filter.type) &&
      (filter.currency === undefined || p.currency === filter.currency) &&
      (filter.assetClass === undefined || p.assetClass === filter.assetClass) &&
      (filter.state === undefined || p.state === filter.state) &&
      (text === '' || matchesText(p, text)),
  );
}

function matchesText(p: ShelfItem, lowerText: string): boolean {
  return (
    p.code.toLowerCase().includes(lowerText) ||
    p.nameZh.toLowerCase().includes(lowerText) ||
    (p.nameEn?.toLowerCase().includes(lowerText) ?? false) ||
    p.issuer.toLowerCase().includes(lowerText)
  );
}

/** Whether any part of the filter is set (the screen says "no match" rather than "empty shelf"). */
export function isShelfFiltered(filter: ShelfFilter): boolean {
  return Object.values(filter).some((value) => value !== undefined && value !== '');
}
