import { describe, expect, it } from 'vitest';
import { INVESTOR_CLASSES } from '../../../../shared/features/investor-classes';
import type { ProposedItem, SuitabilityProduct, Verdict } from '../../../../shared/features/suitability';
import { CURRENCIES } from '../../../../shared/kernel/money';
import { Xoshiro128 } from '../../../../shared/kernel/random';
import { profile, run } from './fixtures';

/** A small seeded generator over the kernel's random numbers: the same cases on every run. */
class Gen {
  private readonly random: Xoshiro128;
  constructor(seed: number) {
    this.random = new Xoshiro128(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.random.nextFloat() * (max - min + 1));
  }
  bool(p = 0.5): boolean {
    return this.random.nextFloat() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(0, list.length - 1)]!;
  }
}

const ISSUERS = ['元大投信', '國泰投信', 'BlackRock', 'PIMCO', '富邦投信'];
const STATES = ['approved', 'approved', 'approved', 'draft', 'suspended', 'withdrawn'] as const;

function randomProduct(
  gen: Gen,
  id: number,
  overrides: Partial<SuitabilityProduct> = {},
): SuitabilityProduct {
  return {
    id: `p${id}`,
    code: `P${id}`,
    nameZh: `商品${id}`,
    nameEn: `Product ${id}`,
    issuer: gen.pick(ISSUERS),
    currency: gen.pick(CURRENCIES),
    riskRating: gen.int(1, 5),
    isForeign: gen.bool(0.3),
    isComplex: gen.bool(0.2),
    state: gen.pick(STATES),
    expiryDate: gen.bool(0.1) ? '2026-01-31' : null,
    ...overrides,
  };
}

function randomSet(
  gen: Gen,
  overrides: (gen: Gen) => Partial<SuitabilityProduct> = () => ({}),
): ProposedItem[] {
  const count = gen.int(1, 12);
  return Array.from({ length: count }, (_, i) => {
    const product = randomProduct(gen, i, overrides(gen));
    const byWeight = count % 2 === 0;
    return {
      product,
      item: {
        productId: product.id,
        ...(byWeight ? { weightPercent: gen.int(1, 100) } : { amountTwd: gen.int(1, 50) * 100_000 }),
        rationale: gen.bool(0.8) ? '客戶需求說明' : null,
        clientInitiated: gen.bool(0.3),
      },
    };
  });
}

const RANK: Record<Verdict, number> = { ok: 0, needs_approval: 1, blocked: 2 };
const CASES = 2_000;

describe('suitability properties (seeded, 2,000 cases each)', () => {
  it('a current C5 client offered only approved, plain RR1 products is never blocked', () => {
    const gen = new Gen(20261130);
    for (let n = 0; n < CASES; n += 1) {
      const items = randomSet(gen, () => ({
        riskRating: 1,
        state: 'approved',
        isComplex: false,
        expiryDate: null,
      }));
      const age = gen.int(20, 95);
      // What a 65+ client still needs from the advisor: a rationale, and the client's own request for a foreign security.
      for (const entry of items) {
        entry.item.rationale = '客戶需求說明';
        entry.item.clientInitiated = entry.product.isForeign;
      }
      // A current profile of a 65+ client is one taken with the elderly questions.
      const current = profile(5, { elderly: age >= 65 });
      const result = run({ profile: current, age, investorClass: gen.pick(INVESTOR_CLASSES) }, items);
      expect(result.verdict, JSON.stringify({ n, age, items })).not.toBe('blocked');
      expect(result.findings.filter((f) => f.severity === 'block')).toEqual([]);
    }
  });

  it("raising a product's RR never makes a verdict milder (a blocked set stays blocked)", () => {
    const gen = new Gen(7);
    let blocked = 0;
    for (let n = 0; n < CASES; n += 1) {
      const items = randomSet(gen);
      const client = {
        profile: gen.bool(0.9) ? profile(gen.int(1, 5), { confirmed: gen.bool(0.95) }) : null,
        age: gen.bool(0.9) ? gen.int(20, 95) : null,
        investorClass: gen.pick(INVESTOR_CLASSES),
      };
      const before = run(client, items).verdict;
      const index = gen.int(0, items.length - 1);
      const target = items[index]!;
      if (target.product.riskRating === 5) continue;
      const raised = [...items];
      raised[index] = {
        ...target,
        product: { ...target.product, riskRating: gen.int(target.product.riskRating + 1, 5) },
      };
      const after = run(client, raised).verdict;
      if (before === 'blocked') blocked += 1;
      expect(RANK[after], JSON.stringify({ n, before, after })).toBeGreaterThanOrEqual(RANK[before]);
    }
    expect(blocked).toBeGreaterThan(100);
  });
});
