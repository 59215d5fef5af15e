import { describe, expect, it } from 'vitest';
import { suitabilitySourcesFrom } from '../../../../electron/core/features/suitability';
import type { Client } from '../../../../shared/features/clients';
import { product, profile } from '../../../shared/features/suitability/fixtures';

describe('the suitability sources over the other features’ services', () => {
  it('asks each service by its exported name and keeps only the product fields the rules read', () => {
    const shelf = {
      ...product({ code: 'F9', expiryDate: '2027-06-30' }),
      type: 'fund',
      fees: { frontLoadPercent: 3 },
      isDemo: true,
    };
    const asked: string[] = [];
    const sources = suitabilitySourcesFrom({
      clients: {
        get: (id) => ({ id }) as Client,
        namesOf: (ids) => new Map(ids.map((id) => [id, `name of ${id}`])),
      },
      kyc: { profileOf: (id) => (asked.push(`kyc ${id}`), profile(4)) },
      investorClasses: { classOn: (id, day) => (asked.push(`class ${id} ${day}`), 'high_asset') },
      products: { byIds: (ids) => (asked.push(`products ${ids.join(',')}`), [shelf]) },
    });
    expect(sources.client('c1').id).toBe('c1');
    expect(sources.clientNames(['c1']).get('c1')).toBe('name of c1');
    expect(sources.profileOf('c1')?.grade.level).toBe(4);
    expect(sources.classOn('c1', '2026-11-30')).toBe('high_asset');
    expect(sources.productsByIds([shelf.id])).toEqual([
      {
        id: shelf.id,
        code: 'F9',
        nameZh: shelf.nameZh,
        nameEn: shelf.nameEn,
        issuer: shelf.issuer,
        currency: 'TWD',
        riskRating: 1,
        isForeign: false,
        isComplex: false,
        state: 'approved',
        expiryDate: '2027-06-30',
      },
    ]);
    expect(asked).toEqual(['kyc c1', 'class c1 2026-11-30', `products ${shelf.id}`]);
  });
});
