import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';
import { gradeScaleSchema } from './grades';

/** The firm's KYC rules: the grade scale, how two dimension bands make a grade, and validity. */
export const kycSettingsSchema = z.object({
  gradeScale: gradeScaleSchema,
  /** The grade from the tolerance and capacity bands: the lower of the two unless the firm says otherwise. */
  gradeRule: z.enum(['lower', 'tolerance', 'capacity']),
  validityMonths: z.number().int().min(1).max(60),
  /** From this age the elderly questions, the shorter validity and the 65+ suitability rules apply. */
  elderlyAge: z.number().int().min(50).max(100),
  elderlyValidityMonths: z.number().int().min(1).max(60),
  /** How many days before expiry the compliance section lists a profile. */
  expiryNoticeDays: z.number().int().min(1).max(180),
});
export type KycSettings = z.infer<typeof kycSettingsSchema>;

export const DEFAULT_KYC_SETTINGS: KycSettings = {
  gradeScale: 'five',
  gradeRule: 'lower',
  validityMonths: 12,
  elderlyAge: 65,
  elderlyValidityMonths: 6,
  expiryNoticeDays: 30,
};

export const KYC_SETTINGS_WORDS: AuditWords = { 'zh-TW': '風險屬性評估規則', en: 'KYC rules' };
