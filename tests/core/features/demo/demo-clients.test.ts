import { describe, expect, it } from 'vitest';
import { generateDemoClients } from '../../../../electron/core/features/demo/demo-clients';
import { clientInputSchema } from '../../../../shared/features/clients/schema';
import { totalTwd } from '../../../../shared/kernel/money';
import { isValidNationalId } from '../../../../shared/features/clients/national-id';
import { DEFAULT_SETTINGS } from '../../../../shared/features/settings/schema';

describe('generateDemoClients', () => {
  it('gives the same clients for the same seed and different ones for another', () => {
    expect(generateDemoClients(200, 7)).toEqual(generateDemoClients(200, 7));
    expect(generateDemoClients(50, 7)).not.toEqual(generateDemoClients(50, 8));
  });

  it("draws from the app's one seeded generator (shared/kernel/random): seed 1 is pinned", () => {
    const pinned = generateDemoClients(2, 1).map(({ name, nationalId, birthDate, investableAssets }) => ({
      name,
      nationalId,
      birthDate,
      investableAssets,
    }));
    expect(pinned).toEqual([
      {
        name: '周筱涵',
        nationalId: 'F259902446',
        birthDate: '1968-09-15',
        investableAssets: [{ currency: 'TWD', amount: 6_250_000 }],
      },
      {
        name: '楊志明',
        nationalId: 'E194492882',
        birthDate: '1977-05-05',
        investableAssets: [
          { currency: 'TWD', amount: 2_260_000 },
          { currency: 'USD', amount: 17_000 },
        ],
      },
    ]);
  });

  it('makes records that pass the client schema unchanged, across seeds', () => {
    for (const seed of [1, 2, 3, 42, 2024]) {
      for (const client of generateDemoClients(1_000, seed)) {
        const parsed = clientInputSchema.safeParse(client);
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
        expect(parsed.data).toEqual(client);
      }
    }
  });

  it('gives unique, valid national IDs whose gender digit matches the gender', () => {
    const clients = generateDemoClients(20_000, 99);
    const ids = clients.map((c) => c.nationalId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const client of clients) {
      expect(isValidNationalId(client.nationalId)).toBe(true);
      expect(client.nationalId.charAt(1)).toBe(client.gender === 'M' ? '1' : '2');
    }
  });

  it('looks like a Taiwanese book of clients', () => {
    const clients = generateDemoClients(10_000, 5);
    const share = (test: (c: (typeof clients)[number]) => boolean) =>
      clients.filter(test).length / clients.length;
    const total = (c: (typeof clients)[number]) =>
      totalTwd(c.investableAssets, DEFAULT_SETTINGS.fxRates.toTwd).twd;

    expect(share((c) => c.name.length === 2)).toBeGreaterThan(0.15);
    expect(share((c) => c.name.length === 2)).toBeLessThan(0.25);
    expect(clients.some((c) => c.name.startsWith('歐陽') || c.name.startsWith('張簡'))).toBe(true);
    expect(share((c) => c.name.startsWith('陳'))).toBeGreaterThan(share((c) => c.name.startsWith('周')));

    expect(clients.every((c) => c.investableAssets[0]?.currency === 'TWD')).toBe(true);
    expect(share((c) => c.investableAssets.some((h) => h.currency === 'USD'))).toBeGreaterThan(0.5);
    expect(clients.some((c) => c.investableAssets.some((h) => h.currency === 'JPY'))).toBe(true);
    expect(share((c) => total(c) >= 30_000_000)).toBeGreaterThan(0.03);
    expect(share((c) => total(c) >= 30_000_000)).toBeLessThan(0.2);
    expect(share((c) => total(c) >= 10_000_000)).toBeGreaterThan(0.15);
    expect(share((c) => total(c) >= 10_000_000)).toBeLessThan(0.5);

    expect(share((c) => c.status === 'active')).toBeGreaterThan(0.6);
    expect(clients.every((c) => /^09\d{2}-\d{3}-\d{3}$/.test(c.phone ?? ''))).toBe(true);
    expect(
      clients.every((c) =>
        /^\d{3}(臺北市|新北市|桃園市|新竹市|新竹縣|臺中市|臺南市|高雄市)/.test(c.address ?? ''),
      ),
    ).toBe(true);
    expect(clients.every((c) => c.birthDate! >= '1940-01-01' && c.birthDate! <= '2000-12-31')).toBe(true);
    expect(clients.every((c) => c.household.length === 0)).toBe(true);
    expect(clients.some((c) => c.tags.includes('高資產'))).toBe(true);
    expect(share((c) => c.email !== null)).toBeGreaterThan(0.5);
  });

  it('makes 100,000 clients in one go', () => {
    const clients = generateDemoClients(100_000, 123);
    expect(clients).toHaveLength(100_000);
    expect(new Set(clients.map((c) => c.nationalId)).size).toBe(100_000);
  });

  it('handles zero and refuses a bad count', () => {
    expect(generateDemoClients(0, 1)).toEqual([]);
    expect(() => generateDemoClients(-1, 1)).toThrow(RangeError);
    expect(() => generateDemoClients(1.5, 1)).toThrow(RangeError);
  });
});
