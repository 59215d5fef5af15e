import { describe, expect, it } from 'vitest';
import {
  disclosureSlide,
  type DisclosureFacts,
  type ProductFacts,
} from '../../../../shared/features/briefings';

const fund: ProductFacts = {
  id: '00000000-0000-4000-8000-000000000001',
  code: 'F001',
  nameZh: '全球收益基金',
  nameEn: 'Global Income Fund',
  issuer: '範例投信',
  type: 'fund_offshore',
  currency: 'USD',
  riskRating: 3,
  isComplex: false,
  fees: {
    frontLoadPercent: 3,
    managementPercent: 1.5,
    custodyPercent: 0.2,
    switchingFee: null,
    earlyRedemption: null,
  },
  maxLossStatement: null,
  dividendFromPrincipal: true,
  riskDisclosureBlocks: [],
};

const note: ProductFacts = {
  ...fund,
  id: '00000000-0000-4000-8000-000000000002',
  code: 'SN01',
  nameZh: '美元連結型結構型商品',
  type: 'structured_note',
  dividendFromPrincipal: false,
  maxLossStatement: '保本率 90%，最大損失為本金之 10%',
};

const series = {
  code: 'TAIEX',
  nameZh: '臺灣加權指數',
  nameEn: 'TAIEX',
  unit: 'points',
  currency: 'TWD' as const,
  source: 'TWSE',
  sample: true,
  lastDate: '2026-11-27',
  known: true,
};

const facts = (products: ProductFacts[]): DisclosureFacts => ({
  products,
  series: [series],
  firmDisclaimer: null,
});
const all = (s: ReturnType<typeof disclosureSlide>) =>
  [
    ...s.general,
    ...s.products.flatMap((p) => [p.heading, p.maxLoss ?? '', ...p.statements]),
    ...s.sources,
  ].join('\n');

describe('the disclosure slide follows what the deck shows', () => {
  it('a fund: past performance, dividends from principal, FX, no deposit insurance, no max-loss line', () => {
    const slide = disclosureSlide(facts([fund]), 'zh-TW', (d) => d);
    const text = all(slide);
    expect(text).toContain('過去績效不代表未來績效');
    expect(text).toContain('配息可能由本金支付');
    expect(text).toContain('以 USD 計價');
    expect(text).toContain('不受存款保險之保障');
    expect(slide.products[0]!.maxLoss).toBeNull();
  });

  it('adding a structured note adds its prominent max-loss line; removing it takes it away', () => {
    const withNote = disclosureSlide(facts([fund, note]), 'zh-TW', (d) => d);
    expect(withNote.products.map((p) => p.maxLoss)).toEqual([
      null,
      '最大可能損失：保本率 90%，最大損失為本金之 10%',
    ]);
    const without = disclosureSlide(facts([fund]), 'zh-TW', (d) => d);
    expect(all(without)).not.toContain('保本率 90%');
  });

  it('a structured note with no statement on the shelf still says the whole principal may be lost', () => {
    const slide = disclosureSlide(facts([{ ...note, maxLossStatement: null }]), 'en', (d) => d);
    expect(slide.products[0]!.maxLoss).toMatch(/^Maximum possible loss: .*lose all/);
  });

  it('names each series with its source, date in the firm style and sample marking', () => {
    const slide = disclosureSlide(facts([]), 'zh-TW', (d) => d.replaceAll('-', '/'));
    expect(slide.sources).toEqual(['臺灣加權指數：TWSE，資料截至 2026/11/27（範例資料，非實際價格）']);
    const real = disclosureSlide({ ...facts([]), series: [{ ...series, sample: false }] }, 'en', (d) => d);
    expect(real.sources).toEqual(['TAIEX: TWSE, data to 2026-11-27']);
  });
});
