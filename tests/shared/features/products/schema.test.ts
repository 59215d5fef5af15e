import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ASSET_CLASSES,
  PRODUCT_COLUMNS,
  filterShelf,
  productInputSchema,
  riskRatingLabel,
  type ProductSummary,
} from '../../../../shared/features/products';
import { translateValidation } from '../../../../shared/i18n/messages';
import { productInput } from '../../../core/features/products/fixtures';

const ROOT = join(import.meta.dirname, '../../../..');
const issues = (input: unknown) =>
  productInputSchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('product schema', () => {
  it('accepts RR1 to RR5 and refuses RR0 and RR6 once each, as out of range', () => {
    for (const rr of [1, 2, 3, 4, 5]) {
      expect(issues(productInput({ issuerRiskRating: 1, riskRating: rr }))).toEqual([]);
    }
    expect(issues(productInput({ issuerRiskRating: 1, riskRating: 0 }))).toEqual([
      ['riskRating', 'validation.riskRating'],
    ]);
    expect(issues(productInput({ issuerRiskRating: 6, riskRating: 6 }))).toEqual([
      ['issuerRiskRating', 'validation.riskRating'],
      ['riskRating', 'validation.riskRating'],
    ]);
    expect(issues(productInput({ riskRating: 3.5 }))).toEqual([['riskRating', 'validation.riskRating']]);
  });

  it('refuses a firm RR below the issuer RR, by every pair, with a zh-TW message naming both', () => {
    for (let issuer = 1; issuer <= 5; issuer += 1) {
      for (let firm = 1; firm <= 5; firm += 1) {
        const found = issues(productInput({ issuerRiskRating: issuer, riskRating: firm }));
        if (firm >= issuer) expect(found).toEqual([]);
        else {
          expect(found).toHaveLength(1);
          const [path, key] = found[0]!;
          expect(path).toBe('riskRating');
          expect(translateValidation(key!, 'zh-TW')).toBe(
            `公司風險等級 ${riskRatingLabel(firm)} 不得低於發行機構評等 ${riskRatingLabel(issuer)}`,
          );
          expect(translateValidation(key!, 'en')).toContain(`RR${firm}`);
        }
      }
    }
    expect(translateValidation('validation.riskRating.belowIssuer.2.3', 'zh-TW')).toBe(
      '公司風險等級 RR2 不得低於發行機構評等 RR3',
    );
  });

  it('refuses an unknown currency, type and asset class, a fee out of 0-100 and an expiry before launch', () => {
    expect(
      issues(
        productInput({
          currency: 'XYZ' as never,
          type: 'crypto' as never,
          assetClass: 'bitcoin' as never,
          fees: { ...productInput().fees, frontLoadPercent: 120 },
        }),
      ),
    ).toEqual([
      ['type', 'validation.productType'],
      ['currency', 'validation.currency'],
      ['assetClass', 'validation.assetClass'],
      ['fees.frontLoadPercent', 'validation.percent'],
    ]);
    expect(issues(productInput({ launchDate: '2025-01-01', expiryDate: '2024-12-31' }))).toEqual([
      ['expiryDate', 'validation.expiryBeforeLaunch'],
    ]);
    expect(issues(productInput({ launchDate: '2025-01-01', expiryDate: '2025-01-01' }))).toEqual([]);
    for (const key of ['validation.productType', 'validation.currency', 'validation.percent']) {
      expect(translateValidation(key, 'zh-TW')).not.toBe(translateValidation('validation.invalid', 'zh-TW'));
    }
  });

  it('keeps risk disclosures as paragraphs: blank lines inside one are folded, empty ones dropped', () => {
    const parsed = productInputSchema.parse(
      productInput({ riskDisclosureBlocks: ['甲\r\n\r\n乙', '  ', '丙'] }),
    );
    expect(parsed.riskDisclosureBlocks).toEqual(['甲\n乙', '丙']);
  });

  it("maps asset classes to exactly the analytics engine's class ids", () => {
    const file = JSON.parse(
      readFileSync(join(ROOT, 'resources/analytics/capital-market-assumptions.json'), 'utf8'),
    ) as { assets: { id: string }[] };
    expect([...ASSET_CLASSES]).toEqual(file.assets.map((a) => a.id));
  });
});

describe('filterShelf', () => {
  const row = (overrides: Partial<ProductSummary>): ProductSummary => ({
    id: '00000000-0000-4000-8000-000000000001',
    code: 'X',
    nameZh: '名稱',
    nameEn: null,
    issuer: '發行',
    type: 'etf',
    currency: 'TWD',
    issuerRiskRating: 3,
    riskRating: 3,
    assetClass: 'tw_equity',
    isForeign: false,
    isComplex: false,
    state: 'approved',
    isDemo: false,
    updatedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  });
  const shelf = [
    row({ code: '0050', nameZh: '台灣五十', nameEn: 'Taiwan Top 50', riskRating: 4 }),
    row({
      code: 'AAPL',
      nameZh: '蘋果',
      issuer: 'Apple Inc.',
      type: 'stock_foreign',
      currency: 'USD',
      riskRating: 5,
      assetClass: 'dm_equity',
    }),
    row({
      code: 'B1',
      nameZh: '公債',
      type: 'bond',
      riskRating: 1,
      assetClass: 'tw_gov_bond',
      state: 'suspended',
    }),
  ];
  const codes = (filter: Parameters<typeof filterShelf>[1]) => filterShelf(shelf, filter).map((p) => p.code);

  it('matches text in the code, either name and the issuer, in any case', () => {
    expect(codes({ text: 'top 50' })).toEqual(['0050']);
    expect(codes({ text: 'apple' })).toEqual(['AAPL']);
    expect(codes({ text: '公債' })).toEqual(['B1']);
    expect(codes({ text: '00' })).toEqual(['0050']);
    expect(codes({ text: '  ' })).toEqual(['0050', 'AAPL', 'B1']);
  });

  it('combines RR, type, currency, asset class and state, each exactly', () => {
    expect(codes({ riskRating: 5 })).toEqual(['AAPL']);
    expect(codes({ type: 'etf' })).toEqual(['0050']);
    expect(codes({ currency: 'TWD', state: 'approved' })).toEqual(['0050']);
    expect(codes({ assetClass: 'tw_gov_bond' })).toEqual(['B1']);
    expect(codes({ riskRating: 4, currency: 'USD' })).toEqual([]);
    expect(codes({})).toEqual(['0050', 'AAPL', 'B1']);
  });
});

describe('docs/products-format.md', () => {
  it('lists exactly the column registry: each header with every other header an import accepts', () => {
    const doc = readFileSync(join(ROOT, 'docs/products-format.md'), 'utf8');
    const start = doc.indexOf('| Header');
    const table = doc.slice(start, doc.indexOf('\n\n', start));
    const documented = table
      .split('\n')
      .slice(2)
      .map((line) => line.split('|').map((cell) => cell.trim()))
      .map(([, header, accepted]) => [header!.replaceAll('`', ''), accepted]);
    expect(documented).toEqual(PRODUCT_COLUMNS.map((c) => [c.header, c.accepted.slice(1).join(', ')]));
  });
});
