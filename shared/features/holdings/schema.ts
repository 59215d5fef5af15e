import { z } from 'zod';
import { CURRENCIES } from '../../kernel/money';
import { isoDateSchema } from '../clients';
import { ASSET_CLASSES } from '../products';
import { custodianSchema, holdingsValuationSchema } from './valuation';

/**
 * What the advisor enters for a client's holdings. A position is either a shelf product (its
 * name, class, currency and RR come from the product) or free-form (name, class and currency
 * given). Messages are keys into shared/i18n.
 */

const positiveNumber = z
  .number({ message: 'validation.number' })
  .finite({ message: 'validation.number' })
  .min(0, { message: 'validation.nonNegative' })
  .max(1e13, { message: 'validation.tooLarge' });

export const positionIdSchema = z.string().uuid({ message: 'validation.id' });
export const holdingsVersionSchema = z.number().int().min(0);

export const positionInputSchema = z
  .object({
    /** A shelf product, or null for a free-form position. */
    productId: z.string().uuid({ message: 'validation.id' }).nullable(),
    /** Free-form only (ignored for a shelf product). */
    name: z.string().trim().max(100, { message: 'validation.tooLong' }).nullable(),
    assetClass: z.enum(ASSET_CLASSES, { message: 'validation.assetClass' }).nullable(),
    currency: z.enum(CURRENCIES, { message: 'validation.currency' }).nullable(),
    custodian: custodianSchema,
    quantity: positiveNumber,
    price: positiveNumber,
    priceDate: isoDateSchema,
  })
  .superRefine((p, ctx) => {
    if (p.productId !== null) return;
    if (!p.name) ctx.addIssue({ code: 'custom', path: ['name'], message: 'validation.required' });
    if (!p.assetClass) ctx.addIssue({ code: 'custom', path: ['assetClass'], message: 'validation.required' });
    if (!p.currency)
      ctx.addIssue({ code: 'custom', path: ['currency'], message: 'validation.holdings.currency' });
  })
  .transform((p) => (p.productId === null ? p : { ...p, name: null, assetClass: null, currency: null }));
export type PositionInput = z.input<typeof positionInputSchema>;
export type PositionData = z.output<typeof positionInputSchema>;

export const cashInputSchema = z.object({
  currency: z.enum(CURRENCIES, { message: 'validation.currency' }),
  custodian: custodianSchema,
  /** 0 removes the cash line. */
  amount: positiveNumber,
});
export type CashInput = z.infer<typeof cashInputSchema>;

/** A client's holdings as the screens see them: the valuation and the version an edit names. */
export const holdingsStateSchema = z.object({
  /** 0 before the first change; each change adds one (an edit names the version it started from). */
  version: holdingsVersionSchema,
  valuation: holdingsValuationSchema,
});
export type HoldingsState = z.infer<typeof holdingsStateSchema>;
