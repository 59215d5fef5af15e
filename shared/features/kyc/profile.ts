import { z } from 'zod';
import { riskGradeSchema } from './grades';

/**
 * A client's KYC standing as other features see it (suitability, the dossier, proposals): the
 * latest assessment's grade, dates and state, without its answers.
 */
export const kycProfileSchema = z.object({
  assessmentId: z.string(),
  grade: riskGradeSchema,
  /** ISO calendar days in the firm's time zone. */
  takenOn: z.string(),
  validUntil: z.string(),
  /** The client confirmed the result (signature, seal or electronic confirmation). */
  confirmed: z.boolean(),
  /** Inconsistent answers flagged the result for review and nobody has cleared it yet. */
  needsReview: z.boolean(),
  /** Taken with the elderly (65+) questions and validity. */
  elderly: z.boolean(),
});
export type KycProfile = z.infer<typeof kycProfileSchema>;

export const KYC_STATES = ['none', 'expired', 'unconfirmed', 'needs_review', 'current'] as const;
export type KycState = (typeof KYC_STATES)[number];

/** Whether a profile may be used on a day: only a current one lets an advisor recommend anything. */
export function kycStateOn(profile: KycProfile | null, day: string): KycState {
  if (!profile) return 'none';
  if (day > profile.validUntil) return 'expired';
  if (profile.needsReview) return 'needs_review';
  if (!profile.confirmed) return 'unconfirmed';
  return 'current';
}
