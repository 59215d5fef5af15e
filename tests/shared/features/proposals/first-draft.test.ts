import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assumptionsFileSchema } from '../../../../shared/analytics/assumptions';
import { ASSET_CLASSES, type AssetClassId, type ProductState } from '../../../../shared/features/products';
import {
  firstDraft,
  foldUnfilled,
  modelTarget,
  proposalContentSchema,
  type FirstDraftInput,
} from '../../../../shared/features/proposals';

const assumptions = assumptionsFileSchema.parse(
  JSON.parse(readFileSync('resources/analytics/capital-market-assumptions.json', 'utf8')),
);
const idOf = (assetClass: string) =>
  `00000000-0000-4000-8000-${String(ASSET_CLASSES.indexOf(assetClass as AssetClassId)).padStart(12, '0')}`;

function input(
  overrides: Partial<FirstDraftInput> = {},
  states: Partial<Record<AssetClassId, ProductState>> = {},
): FirstDraftInput {
  const preferred = Object.fromEntries(ASSET_CLASSES.map((c) => [c, idOf(c)]));
  return {
    kind: 'allocation',
    language: 'zh-TW',
    dateStyle: 'roc',
    day: '2026-11-30',
    grade: { scale: 'five', level: 3 },
    elderly: false,
    assumptions,
    preferredByAssetClass: preferred,
    products: new Map(ASSET_CLASSES.map((c) => [idOf(c), { id: idOf(c), state: states[c] ?? 'approved' }])),
    alternativesByClass: new Map(),
    maxProductWeight: 1,
    goals: [],
    ...overrides,
  };
}

describe('the first draft', () => {
  it("is the grade's model filled with each class's preferred product, as valid content", () => {
    const { content, notes } = firstDraft(input());
    expect(proposalContentSchema.safeParse(content).success).toBe(true);
    expect(notes).toEqual([]);
    const model = modelTarget({ scale: 'five', level: 3 }, assumptions);
    for (const item of content.items) {
      expect(item.productId).toBe(idOf(item.assetClass));
      expect(item.weight).toBeCloseTo(model[item.assetClass]!, 3);
    }
    expect(content.title).toBe('資產配置建議書 115/11/30');
    expect(content.commentary.rationale).toContain('C3 穩健型');
    expect(content.target).toEqual({ source: 'model' });
    expect(content.assumptionsVersion).toBe('2026.1');
  });

  it("writes the title and the default commentary in the screen's language, the date in the firm's style", () => {
    const english = firstDraft(input({ language: 'en' })).content;
    expect(english.title).toBe('Asset-allocation proposal 2026-11-30');
    expect(english.commentary.rationale).toMatch(/^The firm's model portfolio .*C3/);
    expect(english.commentary.keyActions).toHaveLength(2);
    expect(english.commentary.summary).not.toMatch(/[\u4e00-\u9fff]/);
    expect(firstDraft(input({ dateStyle: 'iso' })).content.title).toBe('資產配置建議書 2026-11-30');
  });

  it("shares a class over the one-product limit with the class's other approved products, or notes that it cannot", () => {
    const model = modelTarget({ scale: 'five', level: 3 }, assumptions);
    const [big, bigWeight] = Object.entries(model).sort((a, b) => b[1]! - a[1]!)[0]! as [
      AssetClassId,
      number,
    ];
    const limit = bigWeight / 2.5; // the largest class needs three products
    const others = ['a', 'b', 'c'].map((k) => `${idOf(big).slice(0, -1)}${k}`);
    const shared = firstDraft(
      input({ maxProductWeight: limit, alternativesByClass: new Map([[big, others]]) }),
    );
    const parts = shared.content.items.filter((i) => i.assetClass === big);
    expect(parts.map((p) => p.productId)).toEqual([idOf(big), others[0], others[1]]);
    expect(parts.reduce((s, p) => s + p.weight, 0)).toBeCloseTo(bigWeight, 3);
    for (const part of parts) expect(part.weight).toBeLessThanOrEqual(limit + 1e-4);
    expect(proposalContentSchema.safeParse(shared.content).success).toBe(true);
    expect(shared.notes.filter((n) => n.code === 'product_limit' && n.assetClass === big)).toEqual([]);

    const alone = firstDraft(input({ maxProductWeight: limit }));
    expect(alone.content.items.filter((i) => i.assetClass === big)).toHaveLength(1);
    expect(alone.notes).toContainEqual({ code: 'product_limit', assetClass: big });
  });

  it('folds a class without an approved preferred product into the filled class of nearest volatility, noting it', () => {
    const model = modelTarget({ scale: 'five', level: 3 }, assumptions);
    const classes = Object.keys(model) as AssetClassId[];
    const missing = classes.find((c) => c !== 'twd_cash' && model[c]! > 0.01)!;
    const { content, notes } = firstDraft(input({}, { [missing]: 'suspended' }));
    expect(notes).toContainEqual({ code: 'preferred_not_approved', assetClass: missing });
    expect(content.items.some((i) => i.assetClass === missing)).toBe(false);
    expect(content.items.reduce((s, i) => s + i.weight, 0)).toBeCloseTo(1, 9);
    expect(proposalContentSchema.safeParse(content).success).toBe(true);
    const folded = foldUnfilled(model, new Set(classes.filter((c) => c !== missing)), assumptions);
    const gainer = Object.keys(folded).find((c) => folded[c]! > model[c as AssetClassId]! + 1e-9)!;
    const vol = (id: string) => assumptions.assets.find((a) => a.id === id)!.volatility;
    const others = classes.filter((c) => c !== missing && c !== gainer);
    for (const c of others) {
      expect(Math.abs(vol(gainer) - vol(missing))).toBeLessThanOrEqual(Math.abs(vol(c) - vol(missing)));
    }
  });

  it('notes a class with no preferred product, and refuses when no class can be filled', () => {
    const model = modelTarget({ scale: 'five', level: 3 }, assumptions);
    const largest = (Object.keys(model) as AssetClassId[]).sort((a, b) => model[b]! - model[a]!)[0]!;
    const { content, notes } = firstDraft(input({ preferredByAssetClass: { [largest]: idOf(largest) } }));
    expect(content.items).toEqual([expect.objectContaining({ assetClass: largest, weight: 1 })]);
    expect(notes.filter((n) => n.code === 'no_preferred_product')).toHaveLength(
      Object.keys(model).length - 1,
    );
    expect(() => firstDraft(input({ preferredByAssetClass: {} }))).toThrow(/no class/);
  });

  it('leaves every 推介理由 empty for a 65+ client and notes each one to fill', () => {
    const { content, notes } = firstDraft(input({ elderly: true }));
    expect(content.items.every((i) => i.rationale === null)).toBe(true);
    expect(notes.filter((n) => n.code === 'rationale_required')).toHaveLength(content.items.length);
  });

  it('takes the most conservative model without a KYC grade, and says so', () => {
    const { content, notes } = firstDraft(input({ grade: null }));
    expect(notes[0]).toEqual({ code: 'no_grade', assetClass: null });
    const c1 = modelTarget({ scale: 'five', level: 1 }, assumptions);
    expect(content.items.map((i) => i.assetClass).sort()).toEqual(
      (Object.keys(c1) as string[]).filter((c) => c1[c as AssetClassId]! >= 0.005).sort(),
    );
  });
});
