import { z } from 'zod';
import { CURRENCIES } from '../../kernel/money';
import { optionalText, requiredText } from '../../kernel/text-fields';
import { isoDateSchema } from '../clients';
import {
  ASSET_CLASSES,
  PRODUCT_STATES,
  PRODUCT_TYPES,
  type AssetClassId,
  type ProductState,
  type ProductType,
} from './words';

export { CURRENCIES, type Currency } from '../../kernel/money';

/**
 * A product on the firm's shelf (KYP, P2.1.3/P2.2.1). Messages are keys into shared/i18n; the
 * product ones are in ./messages.ts.
 */

export const productTypeSchema = z.enum(PRODUCT_TYPES, { message: 'validation.productType' });
export const productStateSchema = z.enum(PRODUCT_STATES, { message: 'validation.productState' });
export const assetClassIdSchema = z.enum(ASSET_CLASSES, { message: 'validation.assetClass' });
export const productCurrencySchema = z.enum(CURRENCIES, { message: 'validation.currency' });
export const productIdSchema = z.string().uuid({ message: 'validation.id' });

/** RR1 … RR5. */
export const riskRatingSchema = z
  .number({ message: 'validation.riskRating' })
  .int({ message: 'validation.riskRating' })
  .min(1, { message: 'validation.riskRating' })
  .max(5, { message: 'validation.riskRating' });

/** The message key of "the firm's RR may not be below the issuer's", naming both ratings. */
export function riskBelowIssuerKey(firm: number, issuer: number): string {
  return `validation.riskRating.belowIssuer.${firm}.${issuer}`;
}

/** A fee in percent of the amount (1.5 = 1.5%). */
const percentSchema = z
  .number({ message: 'validation.percent' })
  .finite({ message: 'validation.percent' })
  .min(0, { message: 'validation.percent' })
  .max(100, { message: 'validation.percent' })
  .nullable();

export const productFeesSchema = z.object({
  /** 申購手續費 (front-end load), % */
  frontLoadPercent: percentSchema,
  /** 經理費 (management fee), % a year */
  managementPercent: percentSchema,
  /** 保管費或信託管理費 (custody or trust fee), % a year */
  custodyPercent: percentSchema,
  /** 轉換費, as the prospectus states it (NT$500 per switch, 0.5%). */
  switchingFee: optionalText(200),
  /** 提前贖回 / 短線交易費用, in words. */
  earlyRedemption: optionalText(500),
});
export type ProductFees = z.output<typeof productFeesSchema>;

/**
 * One risk-disclosure block: a paragraph. Blank lines inside are folded, because a spreadsheet cell
 * holds the blocks separated by blank lines (docs/products-format.md).
 */
const disclosureBlockSchema = z
  .string()
  .max(2000, { message: 'validation.tooLong' })
  .transform((s) =>
    s
      .replace(/\r\n?/g, '\n')
      .replace(/\n\s*\n/g, '\n')
      .trim(),
  );

export const PRODUCT_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,29}$/;

const productFields = {
  /** The firm's or the exchange's code (0050, 2330, AAPL, a fund's code). */
  code: requiredText(30).regex(PRODUCT_CODE, { message: 'validation.productCode' }),
  nameZh: requiredText(120),
  nameEn: optionalText(160),
  issuer: requiredText(120),
  type: productTypeSchema,
  currency: productCurrencySchema,
  /** The issuer's rating (for funds, the SITCA 基金風險報酬等級). */
  issuerRiskRating: riskRatingSchema,
  /** The firm's rating: never lower than the issuer's (domain.md, Products and suitability). */
  riskRating: riskRatingSchema,
  assetClass: assetClassIdSchema,
  /** 外國有價證券 (65+ clients are not proactively offered these). */
  isForeign: z.boolean(),
  /** 複雜性高商品 (only for eligible investor classes). */
  isComplex: z.boolean(),
  fees: productFeesSchema,
  /** The advisor's and the firm's compensation (通路報酬揭露). */
  compensationDisclosure: optionalText(2000),
  /** 最大可能損失, stated in prominent type on structured notes. */
  maxLossStatement: optionalText(1000),
  /** 配息可能由本金支付. */
  dividendFromPrincipal: z.boolean(),
  riskDisclosureBlocks: z
    .array(disclosureBlockSchema)
    .max(20, { message: 'validation.tooLong' })
    .transform((blocks) => blocks.filter((b) => b !== '')),
  launchDate: isoDateSchema.nullable(),
  expiryDate: isoDateSchema.nullable(),
};

/** The two cross-field rules, as issues on the field the user would change. */
function checkProduct(
  data: {
    riskRating: number;
    issuerRiskRating: number;
    launchDate: string | null;
    expiryDate: string | null;
  },
  ctx: z.RefinementCtx,
): void {
  // Only between two valid ratings: an RR0 or RR6 is reported once, as out of range.
  const valid = (n: unknown) => riskRatingSchema.safeParse(n).success;
  if (valid(data.riskRating) && valid(data.issuerRiskRating) && data.riskRating < data.issuerRiskRating) {
    ctx.addIssue({
      code: 'custom',
      path: ['riskRating'],
      message: riskBelowIssuerKey(data.riskRating, data.issuerRiskRating),
    });
  }
  if (data.launchDate && data.expiryDate && data.expiryDate < data.launchDate) {
    ctx.addIssue({ code: 'custom', path: ['expiryDate'], message: 'validation.expiryBeforeLaunch' });
  }
}

/** What a user enters to create or change a product. */
export const productInputSchema = z.object(productFields).superRefine(checkProduct);
export type ProductInput = z.input<typeof productInputSchema>;
export type ProductData = z.output<typeof productInputSchema>;

/** A product as every screen, the CLI and suitability see it. */
export const productSchema = z.object({
  id: productIdSchema,
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string().nullable(),
  issuer: z.string(),
  type: productTypeSchema,
  currency: productCurrencySchema,
  issuerRiskRating: z.number().int().min(1).max(5),
  riskRating: z.number().int().min(1).max(5),
  assetClass: assetClassIdSchema,
  isForeign: z.boolean(),
  isComplex: z.boolean(),
  fees: z.object({
    frontLoadPercent: z.number().nullable(),
    managementPercent: z.number().nullable(),
    custodyPercent: z.number().nullable(),
    switchingFee: z.string().nullable(),
    earlyRedemption: z.string().nullable(),
  }),
  compensationDisclosure: z.string().nullable(),
  maxLossStatement: z.string().nullable(),
  dividendFromPrincipal: z.boolean(),
  riskDisclosureBlocks: z.array(z.string()),
  launchDate: z.string().nullable(),
  expiryDate: z.string().nullable(),
  /** Only an `approved` product may be recommended (suitability blocks the others). */
  state: productStateSchema,
  /** Who set the state and when (the advisor's name from settings; null before any change). */
  stateChangedBy: z.string().nullable(),
  stateChangedAt: z.string().nullable(),
  /** Made by 匯入示範商品 / `products seed-demo`: not a product the firm really sells. */
  isDemo: z.boolean(),
  /** Increases on every change; an update must name the version it started from. */
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Product = z.infer<typeof productSchema>;

/** One row of the shelf: what it shows and filters on. */
export const productSummarySchema = productSchema.pick({
  id: true,
  code: true,
  nameZh: true,
  nameEn: true,
  issuer: true,
  type: true,
  currency: true,
  issuerRiskRating: true,
  riskRating: true,
  assetClass: true,
  isForeign: true,
  isComplex: true,
  state: true,
  isDemo: true,
  updatedAt: true,
});
export type ProductSummary = z.infer<typeof productSummarySchema>;

/** What a KYP note records: a change the app made (with the fields it touched) or a remark typed by the user. */
export const PRODUCT_NOTE_KINDS = ['created', 'changed', 'state', 'imported', 'note'] as const;
export const productNoteSchema = z.object({
  id: z.number().int(),
  productId: productIdSchema,
  at: z.string(),
  /** The advisor's name from settings at the time, or null when none was set. */
  author: z.string().nullable(),
  kind: z.enum(PRODUCT_NOTE_KINDS),
  /** Field keys (productFieldKey) a change touched. */
  fields: z.array(z.string()),
  fromState: productStateSchema.nullable(),
  toState: productStateSchema.nullable(),
  text: z.string().nullable(),
});
export type ProductNote = z.infer<typeof productNoteSchema>;

export const productNoteTextSchema = requiredText(2000);

export type { AssetClassId, ProductState, ProductType };
