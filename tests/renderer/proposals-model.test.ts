import { describe, expect, it } from 'vitest';
import {
  addProduct,
  applyTarget,
  contentOf,
  editingOf,
  groupByClass,
  newGoal,
  rationaleRequired,
  swapProduct,
  weightSumPercent,
  type EditedItem,
} from '../../renderer/src/features/proposals/authoring/model';
import {
  proposalContentSchema,
  proposalGoalSchema,
  type ProposalContent,
} from '../../shared/features/proposals';

const ID = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

function content(
  weights: [string, ProposalContent['items'][number]['assetClass'], number][],
): ProposalContent {
  return proposalContentSchema.parse({
    kind: 'allocation',
    title: '資產配置建議書',
    assumptionsVersion: 'builtin-2026',
    target: { source: 'model' },
    items: weights.map(([productId, assetClass, weight]) => ({ productId, assetClass, weight })),
    commentary: { rationale: null, summary: null, keyActions: ['定期定額'] },
  });
}

const item = (n: number, assetClass: EditedItem['assetClass'], weightPercent: number | null): EditedItem => ({
  productId: ID(n),
  assetClass,
  weightPercent,
  rationale: null,
  clientRequested: false,
});

describe('the authoring model', () => {
  it('shows stored weights as whole percents and gives them back as the same fractions', () => {
    const stored = content([
      [ID(1), 'tw_equity', 0.07],
      [ID(2), 'global_ig_bond', 0.93],
    ]);
    const editing = editingOf(stored);
    expect(editing.items.map((i) => i.weightPercent)).toEqual([7, 93]);
    const checked = contentOf(editing);
    expect(checked.ok && checked.content.items.map((i) => i.weight)).toEqual([0.07, 0.93]);
    expect(checked.ok && proposalContentSchema.safeParse(checked.content).success).toBe(true);
  });

  it('refuses a draft whose weights do not sum to 100%, one without items and one naming a product twice', () => {
    const editing = editingOf(content([[ID(1), 'tw_equity', 1]]));
    expect(contentOf({ ...editing, items: [item(1, 'tw_equity', 60), item(2, 'gold', 30)] })).toEqual({
      ok: false,
      reason: 'validation.weightsSum',
    });
    expect(contentOf({ ...editing, items: [item(1, 'tw_equity', 60), item(2, 'gold', null)] })).toMatchObject(
      {
        ok: false,
      },
    );
    expect(contentOf({ ...editing, items: [] })).toEqual({ ok: false, reason: 'validation.proposalItems' });
    expect(contentOf({ ...editing, items: [item(1, 'tw_equity', 50), item(1, 'gold', 50)] })).toEqual({
      ok: false,
      reason: 'validation.duplicateProduct',
    });
    expect(weightSumPercent([item(1, 'tw_equity', 33.33), item(2, 'gold', 66.67)])).toBe(100);
  });

  it('leaves a key action being typed (a blank line) out of the content', () => {
    const editing = editingOf(content([[ID(1), 'tw_equity', 1]]));
    const typed = { ...editing, commentary: { ...editing.commentary, keyActions: ['定期定額', ''] } };
    const checked = contentOf(typed);
    expect(checked.ok && checked.content.commentary.keyActions).toEqual(['定期定額']);
  });

  it('groups items by asset class in the engine order with each class weight', () => {
    const groups = groupByClass([item(1, 'gold', 10), item(2, 'tw_equity', 50), item(3, 'tw_equity', 40)]);
    expect(groups.map((g) => [g.assetClass, g.weightPercent, g.rows.map((r) => r.index)])).toEqual([
      ['tw_equity', 90, [1, 2]],
      ['gold', 10, [0]],
    ]);
  });

  it('applies a target: each class shared as its products were, others to zero, summing to 100%', () => {
    const items = [
      item(1, 'tw_equity', 30),
      item(2, 'tw_equity', 10),
      item(3, 'gold', 60),
      item(4, 'reits', 0),
    ];
    const applied = applyTarget(items, { tw_equity: 0.6, reits: 1 / 3, gold: 0.4 - 1 / 3 });
    expect(applied.missing).toEqual([]);
    expect(applied.items.map((i) => i.weightPercent)).toEqual([45, 15, 6.67, 33.33]);
    expect(weightSumPercent(applied.items)).toBe(100);
  });

  it('shares a class equally when its products all stood at zero, and names target classes with no product', () => {
    const applied = applyTarget([item(1, 'tw_equity', 0), item(2, 'tw_equity', 0)], {
      tw_equity: 0.5,
      gold: 0.5,
    });
    expect(applied.items.map((i) => i.weightPercent)).toEqual([25, 25]);
    expect(applied.missing).toEqual(['gold']);
  });

  it('swaps a product in place, keeping its weight and 推介理由, and adds a new one at zero', () => {
    const items = [{ ...item(1, 'tw_equity', 40), rationale: '長期成長' }, item(2, 'gold', 60)];
    const swapped = swapProduct(items, 0, { id: ID(3), assetClass: 'dm_equity' });
    expect(swapped[0]).toEqual({ ...items[0], productId: ID(3), assetClass: 'dm_equity' });
    expect(swapped[1]).toBe(items[1]);
    expect(addProduct(items, { id: ID(4), assetClass: 'reits' })[2]).toMatchObject({
      productId: ID(4),
      weightPercent: 0,
    });
  });

  it('requires a 推介理由 for every product of a 65+ client and for products under an override', () => {
    const findings = [
      { productId: ID(1), severity: 'needs_approval' },
      { productId: ID(2), severity: 'warning' },
      { productId: null, severity: 'needs_approval' },
    ];
    expect(rationaleRequired(false, findings, ID(1))).toBe(true);
    expect(rationaleRequired(false, findings, ID(2))).toBe(false);
    expect(rationaleRequired(true, findings, ID(2))).toBe(true);
    expect(rationaleRequired(false, [{ productId: ID(2), severity: 'overridden' }], ID(2))).toBe(true);
  });
});

describe('newGoal', () => {
  it("is a goal the proposal schema takes, ten years out, unfunded, in today's money", () => {
    const goal = newGoal('education', '子女教育', '2026-11-30');
    expect(goal).toMatchObject({
      kind: 'education',
      name: '子女教育',
      targetDate: '2036-11-30',
      goalId: null,
    });
    expect(goal.inTodaysMoney).toBe(true);
    expect(goal.funding).toEqual({
      initialTwd: 0,
      monthlyContributionTwd: 0,
      monthlyWithdrawalTwd: 0,
      withdrawalYears: 0,
    });
    // Keys in a saved goal's order, or the screen would read the saved goal as an unsaved change.
    expect(JSON.stringify(goal)).toBe(JSON.stringify(proposalGoalSchema.parse(goal)));
    const parsed = proposalContentSchema.parse({ ...content([[ID(1), 'gold', 1]]), goals: [goal] });
    expect(parsed.goals[0]).toEqual(goal);
  });

  it('moves 29 February to the 28th, which ten years on always exists', () => {
    expect(newGoal('house', 'House', '2028-02-29').targetDate).toBe('2038-02-28');
  });
});
