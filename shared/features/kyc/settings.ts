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
  /** A change of the dossier's income or assets by this share (or any change of occupation) offers a re-assessment. */
  materialChangePercent: z.number().int().min(1).max(100),
});
export type KycSettings = z.infer<typeof kycSettingsSchema>;

export const DEFAULT_KYC_SETTINGS: KycSettings = {
  gradeScale: 'five',
  gradeRule: 'lower',
  validityMonths: 12,
  elderlyAge: 65,
  elderlyValidityMonths: 6,
  expiryNoticeDays: 30,
  materialChangePercent: 20,
};

export const KYC_SETTINGS_WORDS: AuditWords = { 'zh-TW': '風險屬性評估規則', en: 'KYC rules' };

/** Each KYC setting's label: the 設定 form and a suitability finding's source read these. */
export const KYC_SETTING_FIELD_WORDS: Readonly<Record<keyof KycSettings, AuditWords>> = {
  gradeScale: { 'zh-TW': '等級制度', en: 'Grade scale' },
  gradeRule: { 'zh-TW': '等級判定方式', en: 'Grade rule' },
  validityMonths: { 'zh-TW': '有效期間（月）', en: 'Valid for (months)' },
  elderlyAge: { 'zh-TW': '高齡客戶年齡（歲以上）', en: 'Elderly from age' },
  elderlyValidityMonths: { 'zh-TW': '高齡客戶有效期間（月）', en: 'Elderly valid for (months)' },
  expiryNoticeDays: { 'zh-TW': '到期前提醒（天）', en: 'Notice before expiry (days)' },
  materialChangePercent: {
    'zh-TW': '收入或資產變動達此比例視為重大變動（%）',
    en: 'Income or assets change that counts as material (%)',
  },
};

export const GRADE_RULE_WORDS: Readonly<Record<KycSettings['gradeRule'], AuditWords>> = {
  lower: { 'zh-TW': '取意願與能力中較低者', en: 'The lower of tolerance and capacity' },
  tolerance: { 'zh-TW': '依風險承受意願', en: 'Risk tolerance' },
  capacity: { 'zh-TW': '依風險承受能力', en: 'Risk capacity' },
};
