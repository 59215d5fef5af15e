import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';
import { CURRENCIES } from '../../kernel/money';
import { ASSET_CLASSES } from '../products';

/**
 * Where a position is held. The account matters to the proposal: a sale inside a trust or an
 * overseas sub-brokerage (複委託) account settles and costs differently from a domestic one.
 */
export const CUSTODIANS = ['domestic', 'sub_brokerage', 'trust', 'bank'] as const;
export type Custodian = (typeof CUSTODIANS)[number];
export const custodianSchema = z.enum(CUSTODIANS, { message: 'validation.custodian' });

export const CUSTODIAN_WORDS: Readonly<Record<Custodian, AuditWords & { aliases?: string[] }>> = {
  domestic: { 'zh-TW': '國內證券帳戶', en: 'Domestic brokerage', aliases: ['國內', '證券'] },
  sub_brokerage: { 'zh-TW': '複委託', en: 'Overseas sub-brokerage', aliases: ['海外', '複委託帳戶'] },
  trust: { 'zh-TW': '信託', en: 'Trust', aliases: ['信託帳戶'] },
  bank: { 'zh-TW': '銀行', en: 'Bank', aliases: ['銀行帳戶'] },
};

/**
 * One position valued in its currency and in TWD at the stated rate and date (the settings' FX
 * rates until market data supplies them). `marketValueTwd` is null when the currency has no rate:
 * totals then name the missing currency instead of counting it as 0.
 */
export const valuedPositionSchema = z.object({
  id: z.string(),
  /** The shelf product, or null for a free-form position (then name, class and currency are the user's). */
  productId: z.string().nullable(),
  productCode: z.string().nullable(),
  name: z.string(),
  assetClass: z.enum(ASSET_CLASSES),
  currency: z.enum(CURRENCIES),
  /** The product's firm RR; null for a free-form position. */
  riskRating: z.number().int().min(1).max(5).nullable(),
  custodian: custodianSchema,
  quantity: z.number(),
  price: z.number(),
  priceDate: z.string(),
  marketValue: z.number(),
  fxRate: z.number().nullable(),
  marketValueTwd: z.number().nullable(),
});
export type ValuedPosition = z.infer<typeof valuedPositionSchema>;

export const valuedCashSchema = z.object({
  currency: z.enum(CURRENCIES),
  custodian: custodianSchema,
  amount: z.number(),
  fxRate: z.number().nullable(),
  amountTwd: z.number().nullable(),
});
export type ValuedCash = z.infer<typeof valuedCashSchema>;

/** A client's holdings valued on a day: what the dossier summary and a proposal's "current" read. */
export const holdingsValuationSchema = z.object({
  clientId: z.string(),
  positions: z.array(valuedPositionSchema),
  cash: z.array(valuedCashSchema),
  /** TWD total of everything that has a rate. */
  totalTwd: z.number(),
  /** Currencies held with no rate (their value is left out of totalTwd and said so). */
  missingRates: z.array(z.enum(CURRENCIES)),
  /** The date of the FX rates used. */
  fxAsOf: z.string(),
});
export type HoldingsValuation = z.infer<typeof holdingsValuationSchema>;
