import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';
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

/** A KYC state's words, for the screens (the client list's filter) and documents. */
export const KYC_STATE_WORDS: Readonly<Record<KycState, AuditWords>> = {
  none: { 'zh-TW': '未評估', en: 'Not assessed' },
  expired: { 'zh-TW': '已過期', en: 'Expired' },
  unconfirmed: { 'zh-TW': '待客戶確認', en: 'Awaiting confirmation' },
  needs_review: { 'zh-TW': '待覆核', en: 'Awaiting review' },
  current: { 'zh-TW': '有效', en: 'Current' },
};

/** Whether a profile may be used on a day: only a current one lets an advisor recommend anything. */
export function kycStateOn(
  profile: Pick<KycProfile, 'validUntil' | 'needsReview' | 'confirmed'> | null,
  day: string,
): KycState {
  if (!profile) return 'none';
  if (day > profile.validUntil) return 'expired';
  if (profile.needsReview) return 'needs_review';
  if (!profile.confirmed) return 'unconfirmed';
  return 'current';
}
