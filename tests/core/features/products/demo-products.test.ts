import { describe, expect, it } from 'vitest';
import { demoProducts } from '../../../../electron/core/features/products/demo-products';
import { PRODUCT_TYPES, productInputSchema } from '../../../../shared/features/products';

describe('the demo shelf', () => {
  const demo = demoProducts();

  it('holds about 60 valid products with unique codes, every type among them', () => {
    expect(demo.length).toBeGreaterThanOrEqual(55);
    expect(demo.length).toBeLessThanOrEqual(65);
    for (const { data } of demo) expect(productInputSchema.parse(data), data.code).toEqual(data);
    expect(new Set(demo.map((p) => p.data.code.toUpperCase())).size).toBe(demo.length);
    expect(new Set(demo.map((p) => p.data.type))).toEqual(new Set(PRODUCT_TYPES));
  });

  it('is mostly approved for sale, with a few in the other states to try the filters on', () => {
    const states = demo.map((p) => p.state);
    expect(states.filter((s) => s === 'approved').length).toBeGreaterThan(50);
    expect(new Set(states)).toEqual(new Set(['draft', 'approved', 'suspended', 'withdrawn']));
  });

  it('states the maximum loss and the risks of each product, and flags structured notes as complex', () => {
    for (const { data } of demo) {
      expect(data.maxLossStatement, data.code).toBeTruthy();
      expect(data.riskDisclosureBlocks.length, data.code).toBeGreaterThan(0);
      expect(data.isComplex).toBe(data.type === 'structured_note');
    }
  });
});
