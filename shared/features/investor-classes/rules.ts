import type { InvestorClass } from './classes';
import type {
  AmountField,
  ClassApplication,
  ClassBasis,
  ClassAmounts,
  Evidence,
  EvidenceType,
} from './schema';
import type { InvestorClassSettings } from './settings';

/**
 * The pure rules of investor classes, the same for the screen, the core and the CLI: which
 * documents each basis needs, whether the stated amounts meet the firm's criteria, which class is
 * in effect on a day, and why an activation is refused.
 */

/** The documents each basis needs checked before the class may take effect. */
export const REQUIRED_EVIDENCE: Readonly<Record<ClassBasis, readonly EvidenceType[]>> = {
  natural_provable_assets: ['balance_certificate', 'knowledge_experience_proof'],
  natural_trade_and_holdings: [
    'trade_confirmation',
    'balance_certificate',
    'signed_statement',
    'knowledge_experience_proof',
  ],
  entity_total_assets: ['financial_statement', 'corporate_registration'],
  high_asset_investable: ['balance_certificate', 'knowledge_experience_proof', 'signed_consent'],
  high_asset_at_firm_statement: [
    'balance_certificate',
    'signed_statement',
    'knowledge_experience_proof',
    'signed_consent',
  ],
};

/**
 * The rules' own words decide the edge: 「達…以上」 is at least the threshold, 「逾」/「超過」 is
 * strictly over it (專業投資人: 三千萬元以上之財力證明；單筆逾三百萬、往來總資產逾一千五百萬、
 * 總資產超過三千萬之財力聲明；法人總資產超過五千萬。高資產客戶: 達一億元以上；達三千萬元以上).
 */
export type Comparison = 'atLeast' | 'over';

export interface Criterion {
  amount: AmountField;
  comparison: Comparison;
  thresholdTwd: number;
}

/** What the stated amounts of a basis must reach, under the firm's settings. */
export function criteriaOf(basis: ClassBasis, settings: InvestorClassSettings): Criterion[] {
  const natural = settings.professionalNatural;
  const highAsset = settings.highAsset;
  switch (basis) {
    case 'natural_provable_assets':
      return [
        { amount: 'provableAssetsTwd', comparison: 'atLeast', thresholdTwd: natural.provableAssetsTwd },
      ];
    case 'natural_trade_and_holdings':
      return [
        { amount: 'singleTradeTwd', comparison: 'over', thresholdTwd: natural.singleTradeTwd },
        { amount: 'heldAtFirmTwd', comparison: 'over', thresholdTwd: natural.heldAtFirmTwd },
        { amount: 'statedTotalTwd', comparison: 'over', thresholdTwd: natural.statedTotalTwd },
      ];
    case 'entity_total_assets':
      return [
        {
          amount: 'totalAssetsTwd',
          comparison: 'over',
          thresholdTwd: settings.professionalEntity.totalAssetsTwd,
        },
      ];
    case 'high_asset_investable':
      return [
        { amount: 'investableAssetsTwd', comparison: 'atLeast', thresholdTwd: highAsset.investableAssetsTwd },
      ];
    case 'high_asset_at_firm_statement':
      return [
        { amount: 'heldAtFirmTwd', comparison: 'atLeast', thresholdTwd: highAsset.heldAtFirmTwd },
        { amount: 'statedTotalTwd', comparison: 'atLeast', thresholdTwd: highAsset.statedTotalTwd },
      ];
  }
}

export function meets(value: number | undefined, criterion: Criterion): boolean {
  if (value === undefined) return false;
  return criterion.comparison === 'over' ? value > criterion.thresholdTwd : value >= criterion.thresholdTwd;
}

/** The criteria the stated amounts do not meet (a missing amount meets none). */
export function unmetCriteria(
  basis: ClassBasis,
  amounts: ClassAmounts,
  settings: InvestorClassSettings,
): Criterion[] {
  return criteriaOf(basis, settings).filter((criterion) => !meets(amounts[criterion.amount], criterion));
}

export interface ChecklistItem {
  type: EvidenceType;
  /** The latest checked document of this type, if any was checked by `asOf`. */
  evidence: Evidence | null;
}

/** The basis's required documents, each with the document that satisfies it (checked on or before `asOf`). */
export function evidenceChecklist(
  basis: ClassBasis,
  evidence: readonly Evidence[],
  asOf: string | null = null,
): ChecklistItem[] {
  return REQUIRED_EVIDENCE[basis].map((type) => {
    const checked = evidence.filter((e) => e.type === type && (asOf === null || e.checkedOn <= asOf));
    return { type, evidence: checked.at(-1) ?? null };
  });
}

/** Why a change to an application is refused; each has its words in words.ts. */
export type ClassProblem =
  | { code: 'missing_evidence'; evidence: EvidenceType }
  | ({ code: 'below_threshold' } & Criterion)
  | { code: 'not_pending' }
  | { code: 'not_in_effect' }
  | { code: 'another_in_effect' }
  | { code: 'before_application' }
  | { code: 'before_effective' }
  | { code: 'after_check' }
  | { code: 'in_future'; field: 'appliedOn' | 'checkedOn' | 'effectiveOn' | 'revertedOn' }
  | { code: 'reverted' };

export type ApplicationStatus = 'pending' | 'in_effect' | 'reverted';

export function applicationStatus(application: ClassApplication): ApplicationStatus {
  if (application.reversion) return 'reverted';
  return application.activation ? 'in_effect' : 'pending';
}

/** Whether the application's class applies on a day: from its effective date up to (not on) its reversion date. */
export function inEffectOn(application: ClassApplication, day: string): boolean {
  const { activation, reversion } = application;
  if (!activation || activation.effectiveOn > day) return false;
  return reversion === null || day < reversion.revertedOn;
}

/** The class in effect on a day and the application it comes from; general when none is. */
export function classOn(
  applications: readonly ClassApplication[],
  day: string,
): { investorClass: InvestorClass; application: ClassApplication | null } {
  const application = applications.find((a) => inEffectOn(a, day)) ?? null;
  return { investorClass: application?.investorClass ?? 'general', application };
}

/**
 * Why the application may not take effect on `effectiveOn` (empty when it may): it must be pending,
 * dated on or after the written application and not after today, no other class may be in effect
 * then or later, every required document checked by that day, and every criterion met.
 */
export function activationProblems(
  application: ClassApplication,
  others: readonly ClassApplication[],
  effectiveOn: string,
  today: string,
  settings: InvestorClassSettings,
): ClassProblem[] {
  if (applicationStatus(application) !== 'pending') return [{ code: 'not_pending' }];
  const problems: ClassProblem[] = [];
  if (effectiveOn < application.appliedOn) problems.push({ code: 'before_application' });
  if (effectiveOn > today) problems.push({ code: 'in_future', field: 'effectiveOn' });
  const overlapping = others.some(
    (other) =>
      other.id !== application.id &&
      other.activation !== null &&
      (other.reversion === null || other.reversion.revertedOn > effectiveOn),
  );
  if (overlapping) problems.push({ code: 'another_in_effect' });
  for (const item of evidenceChecklist(application.basis, application.evidence, effectiveOn)) {
    if (!item.evidence) problems.push({ code: 'missing_evidence', evidence: item.type });
  }
  for (const criterion of unmetCriteria(application.basis, application.amounts, settings)) {
    problems.push({ code: 'below_threshold', ...criterion });
  }
  return problems;
}

/** Why the class may not revert to general on `revertedOn` (empty when it may). */
export function reversionProblems(
  application: ClassApplication,
  revertedOn: string,
  today: string,
): ClassProblem[] {
  if (applicationStatus(application) !== 'in_effect') return [{ code: 'not_in_effect' }];
  const problems: ClassProblem[] = [];
  if (revertedOn < application.activation!.effectiveOn) problems.push({ code: 'before_effective' });
  if (revertedOn > today) problems.push({ code: 'in_future', field: 'revertedOn' });
  return problems;
}

/** Why a document may not be added (empty when it may). */
export function evidenceProblems(
  application: ClassApplication,
  evidence: { documentDate: string; checkedOn: string },
  today: string,
): ClassProblem[] {
  const problems: ClassProblem[] = [];
  if (applicationStatus(application) === 'reverted') problems.push({ code: 'reverted' });
  if (evidence.documentDate > evidence.checkedOn) problems.push({ code: 'after_check' });
  if (evidence.checkedOn > today) problems.push({ code: 'in_future', field: 'checkedOn' });
  return problems;
}

/** Why an application may not be recorded (empty when it may). */
export function applicationProblems(appliedOn: string, today: string): ClassProblem[] {
  return appliedOn > today ? [{ code: 'in_future', field: 'appliedOn' }] : [];
}

/** Where on a form a problem belongs (the channel input's path); empty for the whole request. */
export function problemPath(problem: ClassProblem): (string | number)[] {
  switch (problem.code) {
    case 'missing_evidence':
      return ['evidence', problem.evidence];
    case 'below_threshold':
      return ['amounts', problem.amount];
    case 'in_future':
      return [problem.field];
    case 'before_application':
      return ['effectiveOn'];
    case 'before_effective':
      return ['revertedOn'];
    case 'after_check':
      return ['documentDate'];
    default:
      return [];
  }
}
