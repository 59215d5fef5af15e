import type { GoalKind } from '../../../../../shared/features/goals';
import {
  WEIGHT_SUM_TOLERANCE,
  proposalGoalSchema,
  type ProposalContent,
  type ProposalGoal,
  type ProposalItem,
} from '../../../../../shared/features/proposals';
import { ASSET_CLASSES, type AssetClassId } from '../../../../../shared/features/products';

/**
 * The authoring screen's model: the content as the advisor edits it, with weights in percent
 * (what the screen shows and the advisor types), and the pure steps on it the screen offers.
 */

export interface EditedItem extends Omit<ProposalItem, 'weight'> {
  /** Percent of the whole portfolio; null while the field is empty. */
  weightPercent: number | null;
}

export interface Editing extends Omit<ProposalContent, 'items'> {
  items: EditedItem[];
}

/** Why a content cannot be analysed or saved yet (a validation key, shown in the screen's words). */
export type NotReady = 'validation.proposalItems' | 'validation.weightsSum' | 'validation.duplicateProduct';

export type Checked = { ok: true; content: ProposalContent } | { ok: false; reason: NotReady };

/** Percent kept to a millionth, so 0.07 stored reads back as 7, not 7.000000000000001. */
function percentOf(weight: number): number {
  return Math.round(weight * 1e8) / 1e6;
}

export function editingOf(content: ProposalContent): Editing {
  return {
    ...content,
    items: content.items.map(({ weight, ...item }) => ({ ...item, weightPercent: percentOf(weight) })),
  };
}

export function weightSumPercent(items: readonly EditedItem[]): number {
  return Math.round(items.reduce((sum, item) => sum + (item.weightPercent ?? 0), 0) * 1e6) / 1e6;
}

/** The content the core takes, or why not yet: no item, weights not summing to 100%, a product twice. */
export function contentOf(editing: Editing): Checked {
  if (editing.items.length === 0) return { ok: false, reason: 'validation.proposalItems' };
  if (Math.abs(weightSumPercent(editing.items) - 100) > WEIGHT_SUM_TOLERANCE * 100)
    return { ok: false, reason: 'validation.weightsSum' };
  const ids = editing.items.map((item) => item.productId);
  if (new Set(ids).size !== ids.length) return { ok: false, reason: 'validation.duplicateProduct' };
  const items = editing.items.map(({ weightPercent, ...item }) => ({
    ...item,
    weight: (weightPercent ?? 0) / 100,
  }));
  // A key action being typed may be a blank line: it is not part of the content yet.
  const keyActions = editing.commentary.keyActions.filter((line) => line.trim() !== '');
  return { ok: true, content: { ...editing, items, commentary: { ...editing.commentary, keyActions } } };
}

export interface ClassGroup {
  assetClass: AssetClassId;
  /** The items of the class with their index in `items`. */
  rows: { item: EditedItem; index: number }[];
  weightPercent: number;
}

/** The items by asset class, in the engine's class order. */
export function groupByClass(items: readonly EditedItem[]): ClassGroup[] {
  return ASSET_CLASSES.flatMap((assetClass) => {
    const rows = items.flatMap((item, index) => (item.assetClass === assetClass ? [{ item, index }] : []));
    if (rows.length === 0) return [];
    return [{ assetClass, rows, weightPercent: weightSumPercent(rows.map((r) => r.item)) }];
  });
}

/** Rounds percents to hundredths and gives the rounding residue to the largest, so they sum to 100. */
function roundToHundred(percents: number[]): number[] {
  const rounded = percents.map((p) => Math.round(p * 100) / 100);
  const total = rounded.reduce((sum, p) => sum + p, 0);
  if (rounded.length === 0 || total === 0) return rounded;
  const largest = rounded.indexOf(Math.max(...rounded));
  rounded[largest] = Math.round((rounded[largest]! + 100 - total) * 100) / 100;
  return rounded;
}

/**
 * Sets each class to its target weight, shared among the class's products as they were shared
 * (equally when they were all zero); products of classes outside the target go to zero. Target
 * classes without a product are returned as `missing`, for the advisor to fill.
 */
export function applyTarget(
  items: readonly EditedItem[],
  target: Partial<Record<AssetClassId, number>>,
): { items: EditedItem[]; missing: AssetClassId[] } {
  const percents = items.map((item) => {
    const classWeight = target[item.assetClass] ?? 0;
    const peers = items.filter((other) => other.assetClass === item.assetClass);
    const peerSum = weightSumPercent(peers);
    const share = peerSum > 0 ? (item.weightPercent ?? 0) / peerSum : 1 / peers.length;
    return classWeight * 100 * share;
  });
  const missing = ASSET_CLASSES.filter(
    (assetClass) => (target[assetClass] ?? 0) > 0 && !items.some((item) => item.assetClass === assetClass),
  );
  // Only when every target class has a product can the weights reach 100%.
  const weights =
    missing.length === 0 ? roundToHundred(percents) : percents.map((p) => Math.round(p * 100) / 100);
  return { items: items.map((item, i) => ({ ...item, weightPercent: weights[i]! })), missing };
}

/** Puts another product in an item's place, keeping its weight, rationale and the client's request. */
export function swapProduct(
  items: readonly EditedItem[],
  index: number,
  product: { id: string; assetClass: AssetClassId },
): EditedItem[] {
  return items.map((item, i) =>
    i === index ? { ...item, productId: product.id, assetClass: product.assetClass } : item,
  );
}

export function addProduct(
  items: readonly EditedItem[],
  product: { id: string; assetClass: AssetClassId },
): EditedItem[] {
  return [
    ...items,
    {
      productId: product.id,
      assetClass: product.assetClass,
      weightPercent: 0,
      rationale: null,
      clientRequested: false,
    },
  ];
}

/** Findings that make a 推介理由 required: the 65+ rule, or a finding that needs (or had) an override. */
export function rationaleRequired(
  elderly: boolean,
  findings: readonly { productId: string | null; severity: string }[],
  productId: string,
): boolean {
  if (elderly) return true;
  return findings.some(
    (f) => f.productId === productId && (f.severity === 'needs_approval' || f.severity === 'overridden'),
  );
}

/**
 * A goal added in the proposal (not in the dossier): the kind's words as its name, ten years out.
 * Read through the schema so its keys come in the order a saved goal's do (the unsaved-changes
 * mark compares the JSON).
 */
export function newGoal(kind: GoalKind, name: string, day: string): ProposalGoal {
  const [year, rest] = [Number(day.slice(0, 4)), day.slice(4)];
  // 29 Feb ten years on may not exist: the 28th then.
  const targetDate = rest === '-02-29' ? `${year + 10}-02-28` : `${year + 10}${rest}`;
  return proposalGoalSchema.parse({
    goalId: null,
    kind,
    name,
    targetDate,
    amountTwd: 0,
    inTodaysMoney: true,
    priority: 'important',
    funding: { initialTwd: 0, monthlyContributionTwd: 0, monthlyWithdrawalTwd: 0, withdrawalYears: 0 },
    retirementAge: null,
    monthlySpendingTwd: null,
    educationYear: null,
    notes: null,
  });
}
