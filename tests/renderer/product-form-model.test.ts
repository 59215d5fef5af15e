import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  parseProductForm,
  toProductInput,
  valuesFromProduct,
  type ProductFormValues,
} from '../../renderer/src/features/products/productFormModel';
import { issuesToFieldErrors } from '../../renderer/src/lib/fieldErrors';
import { productInputSchema, type Product } from '../../shared/features/products';
import { productInput } from '../core/features/products/fixtures';

const product: Product = {
  ...productInputSchema.parse(productInput()),
  id: '0f8e3c1a-1111-4222-8333-444455556666',
  state: 'approved',
  stateChangedBy: null,
  stateChangedAt: null,
  isDemo: false,
  version: 3,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('the product form model', () => {
  it('gives back the stored product unchanged from its own form values', () => {
    const parsed = parseProductForm(valuesFromProduct(product));
    expect(parsed).toEqual({ ok: true, data: productInputSchema.parse(productInput()) });
  });

  it('puts the RR rule on the firm rating field in zh-TW, naming both ratings', () => {
    const values: ProductFormValues = { ...valuesFromProduct(product), issuerRiskRating: 5, riskRating: 3 };
    const parsed = parseProductForm(values);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(issuesToFieldErrors(parsed.issues, 'zh-TW').fields).toEqual([
      { name: ['riskRating'], errors: ['公司風險等級 RR3 不得低於發行機構評等 RR5'] },
    ]);
  });

  it('names every missing choice in zh-TW instead of inventing one', () => {
    const parsed = parseProductForm({ currency: 'TWD' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const fields = issuesToFieldErrors(parsed.issues, 'zh-TW').fields.map((f) => [
      f.name.join('.'),
      f.errors[0],
    ]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ['code', '此欄位為必填'],
        ['type', '無法辨識的商品類型'],
        ['riskRating', '風險等級應為 RR1 至 RR5'],
        ['assetClass', '無法辨識的資產類別'],
      ]),
    );
  });

  it('reads the disclosures text as paragraphs split on blank lines, and dates as calendar days', () => {
    const input = toProductInput({
      ...valuesFromProduct(product),
      riskDisclosureBlocks: '第一段\n續行\n\n第二段\r\n\r\n',
      launchDate: dayjs('2024-05-03'),
      expiryDate: null,
    });
    expect(productInputSchema.parse(input)).toMatchObject({
      riskDisclosureBlocks: ['第一段\n續行', '第二段'],
      launchDate: '2024-05-03',
      expiryDate: null,
    });
  });
});
