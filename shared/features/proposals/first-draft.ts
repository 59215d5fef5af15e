import type { AuditWords } from '../../ipc/define';
import type { Goal } from '../goals';
import { gradeLabel, type RiskGrade } from '../kyc';
import type { AssetClassId, ProductState } from '../products';
import { AppError } from '../../ipc/result';
import { formatDate, type DateStyle } from '../../kernel/dates';
import type { Language } from '../../i18n/messages';
import type { DraftNote } from './record';
import {
  PROPOSAL_KIND_WORDS,
  WEIGHT_SUM_TOLERANCE,
  type ProposalContent,
  type ProposalGoal,
  type ProposalKind,
} from './schema';
import { modelTarget, type AssumptionsFile, type TargetWeights } from './target';

/**
 * The first draft in one action (issue 9): the model portfolio for the client's grade on the
 * active assumptions, each class filled with the shelf's preferred product, the dossier's goals
 * copied, a title and a default commentary. Pure: the core gathers the inputs.
 *
 * Folding rule: a class whose preferred product is missing or not approved, or whose model
 * weight is under MIN_CLASS_WEIGHT, gives its weight to the filled class with the nearest
 * assumed volatility (ties: the calmer one), so the draft stays close to the model's risk and the
 * weights still sum to 1. Weights are rounded to 0.01%, the rounding left on the largest item.
 *
 * Splitting rule: a class above the suitability limit for one product (concentration
 * .maxProductPercent) is shared equally by the preferred product and the class's other approved
 * products (in shelf order), as few as keep each within the limit, so the draft is presentable
 * without an override; when the shelf has too few, the draft notes it.
 */

/** The first draft's notes (DraftNote.code) in words; the screen names the asset class beside them. */
export const DRAFT_NOTE_WORDS = {
  no_grade: {
    'zh-TW': '客戶尚無風險屬性評估，暫以最保守的模型投資組合起草',
    en: 'The client has no KYC grade: drafted on the most conservative model portfolio',
  },
  no_preferred_product: {
    'zh-TW': '此資產類別沒有設定首選商品，其比例已併入波動度最接近的類別',
    en: 'No preferred product for this class: its weight went to the class of nearest volatility',
  },
  preferred_not_approved: {
    'zh-TW': '此資產類別的首選商品目前非核准銷售，其比例已併入波動度最接近的類別',
    en: "This class's preferred product is not approved for sale: its weight went to the class of nearest volatility",
  },
  product_limit: {
    'zh-TW': '此資產類別比例超過單一商品上限，商品架上同類別核准商品不足以分散',
    en: "This class's weight is over the one-product limit and the shelf has too few approved products of the class to share it",
  },
  rationale_required: {
    'zh-TW': '65 歲以上客戶：請填寫此商品的推介理由',
    en: 'Client aged 65+: write the 推介理由 for this product',
  },
} as const satisfies Record<string, AuditWords>;
export type DraftNoteCode = keyof typeof DRAFT_NOTE_WORDS;

/** The first draft's default commentary, which the advisor edits, given the grade in words. */
const FIRST_DRAFT_COMMENTARY: Readonly<
  Record<Language, (grade: string) => { rationale: string; summary: string; keyActions: string[] }>
> = {
  'zh-TW': (grade) => ({
    rationale: `依客戶風險屬性（${grade}）採用本公司模型投資組合，並以商品架各資產類別之首選商品配置。`,
    summary: `本建議書依您的風險屬性（${grade}）配置資產，兼顧長期報酬與風險控管。`,
    keyActions: ['依建議比例調整現有部位', '定期檢視配置並視需要再平衡'],
  }),
  en: (grade) => ({
    rationale: `The firm's model portfolio for the client's risk profile (${grade}), with the shelf's preferred product in each asset class.`,
    summary: `This proposal allocates your assets for your risk profile (${grade}), balancing long-term return and risk.`,
    keyActions: [
      'Adjust current positions to the proposed weights',
      'Review the allocation regularly and rebalance when needed',
    ],
  }),
};

/** A class the model gives less than this is folded (half a percent is not worth a product). */
export const MIN_CLASS_WEIGHT = 0.005;
const WEIGHT_STEP = 1e-4;

export interface FirstDraftInput {
  kind: ProposalKind;
  /** The language of the title and the default commentary (the screen's), and the title's date style. */
  language: Language;
  dateStyle: DateStyle;
  /** Today, in the firm's zone: the title's date. */
  day: string;
  /** The latest KYC grade; null (no KYC) takes the most conservative model and says so. */
  grade: RiskGrade | null;
  /** The client is 65+ (by age, or a KYC taken with the elderly questions). */
  elderly: boolean;
  assumptions: AssumptionsFile;
  preferredByAssetClass: Partial<Record<AssetClassId, string>>;
  /** The preferred products as the shelf has them now (by id). */
  products: ReadonlyMap<string, { id: string; state: ProductState }>;
  /** Each class's other approved products, in shelf order, to share a class over the limit. */
  alternativesByClass: ReadonlyMap<AssetClassId, readonly string[]>;
  /** The most one product may take (suitability's concentration.maxProductPercent / 100). */
  maxProductWeight: number;
  goals: readonly Goal[];
}

export interface FirstDraft {
  content: ProposalContent;
  notes: DraftNote[];
}

const CONSERVATIVE: RiskGrade = { scale: 'five', level: 1 };

function volatilityOf(assumptions: AssumptionsFile, id: string): number {
  return assumptions.assets.find((a) => a.id === id)?.volatility ?? Number.POSITIVE_INFINITY;
}

/** Moves each unfilled class's weight to the filled class of the nearest volatility. */
export function foldUnfilled(
  target: TargetWeights,
  filled: ReadonlySet<string>,
  assumptions: AssumptionsFile,
): Record<string, number> {
  const out: Record<string, number> = {};
  const keep = Object.keys(target).filter((id) => filled.has(id));
  for (const id of keep) out[id] = target[id as AssetClassId]!;
  for (const [id, weight] of Object.entries(target)) {
    if (filled.has(id)) continue;
    const vol = volatilityOf(assumptions, id);
    const nearest = [...keep].sort(
      (a, b) =>
        Math.abs(volatilityOf(assumptions, a) - vol) - Math.abs(volatilityOf(assumptions, b) - vol) ||
        volatilityOf(assumptions, a) - volatilityOf(assumptions, b),
    )[0]!;
    out[nearest] = out[nearest]! + weight!;
  }
  return out;
}

/** Rounds to 0.01% and leaves what rounding took or gave on the largest weight. */
function rounded(weights: Record<string, number>): Record<string, number> {
  const entries = Object.entries(weights).map(([id, w]) => [id, Math.round(w / WEIGHT_STEP) * WEIGHT_STEP]);
  const largest = entries.reduce((best, e) => (e[1]! > best[1]! ? e : best));
  const rest = entries.reduce((s, e) => (e === largest ? s : s + (e[1] as number)), 0);
  largest[1] = Number((1 - rest).toFixed(6));
  return Object.fromEntries(entries) as Record<string, number>;
}

/**
 * The items of one class: its preferred product alone, or shared equally (0.01% steps, the rest on
 * the first) with as many of the class's other approved products as keep each within the limit.
 */
function classItems(
  assetClass: AssetClassId,
  weight: number,
  input: FirstDraftInput,
  notes: DraftNote[],
): { productId: string; weight: number }[] {
  const preferred = input.preferredByAssetClass[assetClass]!;
  const needed = Math.ceil(weight / input.maxProductWeight - 1e-9);
  const others = (input.alternativesByClass.get(assetClass) ?? []).filter((id) => id !== preferred);
  const ids = [preferred, ...others].slice(0, Math.max(1, needed));
  if (ids.length < needed) notes.push({ code: 'product_limit', assetClass });
  const share = Math.floor(weight / ids.length / WEIGHT_STEP) * WEIGHT_STEP;
  const first = Number((weight - share * (ids.length - 1)).toFixed(6));
  return ids.map((productId, index) => ({
    productId,
    weight: index === 0 ? first : Number(share.toFixed(6)),
  }));
}

function goalCopy(goal: Goal): ProposalGoal {
  const { id, clientId: _c, version: _v, createdAt: _ca, updatedAt: _u, ...data } = goal;
  return { ...data, goalId: id };
}

function horizonYears(goals: readonly Goal[], day: string): number {
  if (goals.length === 0) return 30;
  const year = Number(day.slice(0, 4));
  const end = Math.max(...goals.map((g) => Number(g.targetDate.slice(0, 4)) + g.funding.withdrawalYears));
  return Math.min(50, Math.max(1, end - year));
}

export function firstDraft(input: FirstDraftInput): FirstDraft {
  const notes: DraftNote[] = [];
  const grade = input.grade ?? CONSERVATIVE;
  if (input.grade === null) notes.push({ code: 'no_grade', assetClass: null });
  const model = modelTarget(grade, input.assumptions);

  const filled = new Set<string>();
  for (const [assetClass, weight] of Object.entries(model)) {
    if (weight! < MIN_CLASS_WEIGHT) continue;
    const productId = input.preferredByAssetClass[assetClass as AssetClassId];
    const product = productId === undefined ? undefined : input.products.get(productId);
    if (product?.state === 'approved') filled.add(assetClass);
    else notes.push({ code: product ? 'preferred_not_approved' : 'no_preferred_product', assetClass });
  }
  if (filled.size === 0) {
    throw new AppError('VALIDATION', 'no class of the model portfolio has an approved preferred product', {
      reason: 'no_preferred_product',
    });
  }
  const weights = rounded(foldUnfilled(model, filled, input.assumptions));
  const items = Object.entries(weights).flatMap(([assetClass, weight]) =>
    classItems(assetClass as AssetClassId, weight, input, notes).map((part) => ({
      ...part,
      assetClass: assetClass as AssetClassId,
      rationale: null,
      clientRequested: false,
    })),
  );
  if (input.elderly) {
    for (const item of items) notes.push({ code: 'rationale_required', assetClass: item.assetClass });
  }
  const sum = items.reduce((s, i) => s + i.weight, 0);
  if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) throw new Error(`first draft weights sum to ${sum}`);

  const { language } = input;
  const kindWords = PROPOSAL_KIND_WORDS[input.kind][language];
  const titleDate = formatDate(input.day, { style: input.dateStyle, language }, 'compact');
  return {
    notes,
    content: {
      kind: input.kind,
      title: `${kindWords} ${titleDate}`,
      assumptionsVersion: input.assumptions.version,
      target: { source: 'model' },
      items,
      newMoneyTwd: 0,
      goals: input.goals.map(goalCopy),
      horizonYears: horizonYears(input.goals, input.day),
      commentary: FIRST_DRAFT_COMMENTARY[language](gradeLabel(grade, language)),
      largeType: null,
    },
  };
}
