import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';
import { totalTwd, type Holding, type TwdRates } from '../../kernel/money';
import { assetHoldingSchema, clientIdSchema, isoDateSchema } from '../clients';
import { riskGradeSchema } from './grades';
import { kycProfileSchema, KYC_STATES } from './profile';
import { questionnaireRefSchema, wordsSchema } from './questionnaire';

/** One assessment as it is kept: never changed; a confirmation and a review clearance are added to it. */

export const CONFIRMATION_METHODS = ['signature', 'seal', 'electronic'] as const;
export type ConfirmationMethod = (typeof CONFIRMATION_METHODS)[number];
export const CONFIRMATION_METHOD_WORDS: Readonly<Record<ConfirmationMethod, AuditWords>> = {
  signature: { 'zh-TW': '親自簽名', en: 'Signature' },
  seal: { 'zh-TW': '蓋章', en: 'Registered seal' },
  electronic: { 'zh-TW': '電子確認', en: 'Electronic confirmation' },
};

const dimensionValuesSchema = z.object({ tolerance: z.number().int(), capacity: z.number().int() });

/** What the dossier said when the client answered, to notice a later material change. */
export const clientSnapshotSchema = z.object({
  annualIncomeTwd: z.number().nullable(),
  investableAssets: z.array(assetHoldingSchema),
  occupation: z.string().nullable(),
});
export type ClientSnapshot = z.infer<typeof clientSnapshotSchema>;

export const assessmentSchema = z.object({
  id: z.string(),
  clientId: clientIdSchema,
  questionnaire: questionnaireRefSchema,
  answers: z.record(z.string(), z.string()),
  scores: dimensionValuesSchema,
  levels: dimensionValuesSchema,
  grade: riskGradeSchema,
  gradeRule: z.enum(['lower', 'tolerance', 'capacity']),
  flags: z.array(z.object({ ruleId: z.string(), message: wordsSchema })),
  elderly: z.boolean(),
  age: z.number().int().nullable(),
  takenOn: z.string(),
  validUntil: z.string(),
  takenAt: z.string(),
  advisor: z.string().nullable(),
  snapshot: clientSnapshotSchema,
  confirmation: z
    .object({ method: z.enum(CONFIRMATION_METHODS), on: z.string(), recordedAt: z.string() })
    .nullable(),
  review: z
    .object({ reviewer: z.string(), note: z.string().nullable(), on: z.string(), recordedAt: z.string() })
    .nullable(),
});
export type Assessment = z.infer<typeof assessmentSchema>;

export function profileOfAssessment(assessment: Assessment): z.infer<typeof kycProfileSchema> {
  return {
    assessmentId: assessment.id,
    grade: assessment.grade,
    takenOn: assessment.takenOn,
    validUntil: assessment.validUntil,
    confirmed: assessment.confirmation !== null,
    needsReview: assessment.flags.length > 0 && assessment.review === null,
    elderly: assessment.elderly,
  };
}

/** A client's KYC standing today, for the dossier. */
export const kycStandingSchema = z.object({
  profile: kycProfileSchema.nullable(),
  state: z.enum(KYC_STATES),
  expiringSoon: z.boolean(),
  /** The dossier's income, assets or occupation changed materially since the client answered. */
  materialChange: z.boolean(),
  /** The client has reached the elderly age since the latest assessment, taken without the elderly questions. */
  elderlyQuestionsMissing: z.boolean(),
  /** Expired, missing, a material change or the elderly questions missing: the dossier offers a new assessment. */
  reassessmentOffered: z.boolean(),
  /** The client's age and whether the elderly questions apply today. */
  age: z.number().int().nullable(),
  elderly: z.boolean(),
});
export type KycStanding = z.infer<typeof kycStandingSchema>;

export const dueRowSchema = z.object({
  clientId: clientIdSchema,
  clientName: z.string(),
  grade: riskGradeSchema,
  takenOn: z.string(),
  validUntil: z.string(),
  state: z.enum(KYC_STATES),
  flags: z.array(wordsSchema),
});
export type DueRow = z.infer<typeof dueRowSchema>;

export const duePendingSchema = z.object({
  expiring: z.array(dueRowSchema),
  expired: z.array(dueRowSchema),
  flagged: z.array(dueRowSchema),
});
export type DuePending = z.infer<typeof duePendingSchema>;

export const confirmInputSchema = z
  .object({
    assessmentId: z.string().uuid({ message: 'validation.id' }),
    method: z.enum(CONFIRMATION_METHODS),
    on: isoDateSchema,
  })
  .strict();

/**
 * Income or assets moved by the firm's share or more, or the occupation changed. Assets are
 * valued at today's rates on both sides, so an exchange-rate move alone is not a change.
 */
export function isMaterialChange(
  then: ClientSnapshot,
  now: ClientSnapshot,
  toTwd: TwdRates,
  percent: number,
): boolean {
  const moved = (before: number, after: number) =>
    before === 0 ? after !== 0 : Math.abs(after - before) / before >= percent / 100;
  const assets = (holdings: readonly Holding[]) => totalTwd(holdings, toTwd).twd;
  const income =
    then.annualIncomeTwd === null || now.annualIncomeTwd === null
      ? then.annualIncomeTwd !== now.annualIncomeTwd
      : moved(then.annualIncomeTwd, now.annualIncomeTwd);
  return (
    (then.occupation ?? '') !== (now.occupation ?? '') ||
    income ||
    moved(assets(then.investableAssets), assets(now.investableAssets))
  );
}
