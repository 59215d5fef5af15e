import { describe, expect, it } from 'vitest';
import { summaryAssetsOf } from '../../../../shared/features/clients';
import { cashInputSchema, positionInputSchema } from '../../../../shared/features/holdings';
import { translateValidation } from '../../../../shared/i18n/messages';

const base = {
  productId: null,
  name: '台積電',
  assetClass: 'tw_equity',
  currency: 'TWD',
  custodian: 'domestic',
  quantity: 1000,
  price: 1050,
  priceDate: '2026-11-20',
} as const;

const messages = (input: unknown) =>
  positionInputSchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('positionInputSchema', () => {
  it('needs name, class and currency for a free-form position, naming each field', () => {
    expect(messages({ ...base, name: '', assetClass: null, currency: null })).toEqual([
      ['name', 'validation.required'],
      ['assetClass', 'validation.required'],
      ['currency', 'validation.holdings.currency'],
    ]);
  });

  it('takes a shelf position without them and drops any given (the product describes it)', () => {
    const parsed = positionInputSchema.parse({
      ...base,
      productId: '00000000-0000-4000-8000-000000000001',
      currency: 'USD',
    });
    expect(parsed).toMatchObject({ name: null, assetClass: null, currency: null });
  });

  it('refuses a bad custodian, a negative quantity and a date that does not exist', () => {
    expect(messages({ ...base, custodian: 'vault', quantity: -1, priceDate: '2026-02-30' })).toEqual([
      ['custodian', 'validation.custodian'],
      ['quantity', 'validation.nonNegative'],
      ['priceDate', 'validation.date'],
    ]);
  });

  it('has zh-TW and English words for its own messages', () => {
    for (const key of [
      'validation.holdings.currency',
      'import.holdings.productUnknown',
      'import.holdings.kind',
    ]) {
      expect(translateValidation(key, 'zh-TW')).toMatch(/[\u4e00-\u9fff]/);
      expect(translateValidation(key, 'en')).toMatch(/^[A-Z]/);
    }
  });

  it('cash: a currency, a custodian and a non-negative amount', () => {
    expect(cashInputSchema.safeParse({ currency: 'USD', custodian: 'bank', amount: 0 }).success).toBe(true);
    expect(cashInputSchema.safeParse({ currency: 'XYZ', custodian: 'bank', amount: 1 }).success).toBe(false);
  });
});

describe('summaryAssetsOf', () => {
  it('is the holdings totals when there are any, else the dossier figures', () => {
    const own = [{ currency: 'TWD' as const, amount: 5 }];
    const held = [{ currency: 'USD' as const, amount: 7 }];
    expect(summaryAssetsOf({ investableAssets: own })).toBe(own);
    expect(
      summaryAssetsOf({ investableAssets: own, assetsFromHoldings: { assets: held, fxAsOf: '2026-11-25' } }),
    ).toBe(held);
  });
});
