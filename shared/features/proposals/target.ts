import type { z } from 'zod';
import {
  buildMarket,
  type assumptionsFileSchema,
  type AssumptionsMeta,
  type Market,
} from '../../analytics/assumptions';
import { DEFAULT_GRADE_BANDS, modelPortfolios, type GradeBand } from '../../analytics/model-portfolios';
import { optimize, weightsById } from '../../analytics/optimizer';
import { makeProblem, type WeightGroup } from '../../analytics/problem';
import type { Objective } from '../../analytics/problem';
import { AppError } from '../../ipc/result';
import type { RiskGrade } from '../kyc';
import type { AssetClassId } from '../products';
import type { OptimizerGroup, ProposalItem, ProposalTarget } from './schema';

/** A capital-market assumptions file as validated (the capital-markets feature keeps its versions). */
export type AssumptionsFile = z.output<typeof assumptionsFileSchema>;

/** Target weights by asset class (0..1, summing to 1; classes with no weight left out). */
export type TargetWeights = Partial<Record<AssetClassId, number>>;

/** A weight the optimizer leaves below this is noise, not an allocation. */
const NEGLIGIBLE = 1e-6;

/**
 * The model-portfolio band for a client's grade. Five grades use C1…C5 as they are. Three grades
 * (保守型/穩健型/積極型) keep the same two ends and the middle: 保守型 → C1, 穩健型 → C3,
 * 積極型 → C5, so a three-grade firm's conservative client gets no more risk than a five-grade
 * firm's most conservative one.
 */
export function gradeBandOf(grade: RiskGrade, bands: readonly GradeBand[] = DEFAULT_GRADE_BANDS): GradeBand {
  const level = grade.scale === 'three' ? [1, 3, 5][grade.level - 1]! : grade.level;
  return bands[Math.min(level, bands.length) - 1]!;
}

function marketOf(assumptions: AssumptionsFile): { market: Market; meta: AssumptionsMeta } {
  const market = buildMarket(assumptions.assets, assumptions.correlations);
  const { version, asOf, source, method } = assumptions;
  return { market, meta: { version, asOf, source, method } };
}

function cleaned(weights: Record<string, number>): TargetWeights {
  const kept = Object.entries(weights).filter(([, w]) => w > NEGLIGIBLE);
  const sum = kept.reduce((s, [, w]) => s + w, 0);
  return Object.fromEntries(kept.map(([id, w]) => [id, w / sum])) as TargetWeights;
}

/** The firm's model portfolio for the grade on these assumptions. */
export function modelTarget(grade: RiskGrade, assumptions: AssumptionsFile): TargetWeights {
  const { market, meta } = marketOf(assumptions);
  const band = gradeBandOf(grade);
  return cleaned(modelPortfolios(market, meta, [band]).portfolios[0]!.weights);
}

function objectiveOf(target: Extract<ProposalTarget, { source: 'optimizer' }>): Objective {
  const { objective, objectiveValue } = target;
  if (objective !== 'targetReturn' && objective !== 'targetVolatility') return { kind: objective };
  if (objectiveValue === null || (objective === 'targetVolatility' && objectiveValue <= 0)) {
    throw new AppError('VALIDATION', `target.objectiveValue is required for ${objective}`, {
      issues: [{ path: ['target', 'objectiveValue'], message: 'validation.required' }],
    });
  }
  return { kind: objective, value: objectiveValue };
}

/** The classes a group limit covers: those listed, those rated at least RR n, those of one currency. */
function membersOf(group: OptimizerGroup, market: Market): number[] {
  return market.assets.flatMap((asset, i) => {
    const listed = (group.assetClasses as readonly string[]).includes(asset.id);
    const byRisk = group.riskRatingAtLeast !== null && (asset.riskRating ?? 5) >= group.riskRatingAtLeast;
    const byCurrency = group.currency !== null && asset.currency === group.currency;
    return listed || byRisk || byCurrency ? [i] : [];
  });
}

/** The optimizer's answer for the objective, per-class bounds and group limits. */
export function optimizerTarget(
  target: Extract<ProposalTarget, { source: 'optimizer' }>,
  assumptions: AssumptionsFile,
): TargetWeights {
  const { market } = marketOf(assumptions);
  const bounds = target.bounds as Partial<Record<string, { min: number; max: number }>>;
  const min = market.assets.map((a) => bounds[a.id]?.min ?? 0);
  const max = market.assets.map((a) => bounds[a.id]?.max ?? 1);
  const groups: WeightGroup[] = target.groups.map((group) => ({
    name: group.name,
    members: membersOf(group, market),
    min: group.min ?? 0,
    max: group.max ?? 1,
  }));
  const problem = makeProblem(market, { min, max, groups });
  return cleaned(weightsById(problem, optimize(problem, objectiveOf(target)).portfolio.weights));
}

/** The manual target: the items' own weights summed by class. */
export function manualTarget(items: readonly Pick<ProposalItem, 'assetClass' | 'weight'>[]): TargetWeights {
  const out: Record<string, number> = {};
  for (const item of items) out[item.assetClass] = (out[item.assetClass] ?? 0) + item.weight;
  return cleaned(out);
}

/**
 * The target by asset class for the content's target source. The model portfolio needs the
 * client's grade: with none (no KYC) there is no model target and the items' classes stand in.
 */
export function targetWeights(
  content: { target: ProposalTarget; items: readonly Pick<ProposalItem, 'assetClass' | 'weight'>[] },
  grade: RiskGrade | null,
  assumptions: AssumptionsFile,
): TargetWeights {
  switch (content.target.source) {
    case 'model':
      return grade === null ? manualTarget(content.items) : modelTarget(grade, assumptions);
    case 'optimizer':
      return optimizerTarget(content.target, assumptions);
    case 'manual':
      return manualTarget(content.items);
  }
}
