import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';
import { investorClassSchema } from '../investor-classes';

const risk = z.number().int().min(1).max(5);
const percent = z.number().min(0).max(100);

/** One highest RR per grade, never lower for a more aggressive grade than for the one before it. */
function riskLadder(grades: number) {
  return z
    .array(risk)
    .length(grades)
    .superRefine((ladder, ctx) => {
      ladder.forEach((max, index) => {
        if (index > 0 && max < ladder[index - 1]!)
          ctx.addIssue({ code: 'custom', path: [index], message: 'validation.invalid' });
      });
    });
}

/** The firm's suitability thresholds (適合度), each rule's limit a setting with domain.md's default. */
export const suitabilitySettingsSchema = z.object({
  /** The highest product RR each grade may be recommended, from the most conservative grade up. */
  maxRiskByGrade: z.object({ five: riskLadder(5), three: riskLadder(3) }),
  elderly: z.object({
    noProactiveForeign: z.boolean(),
    rationaleRequired: z.boolean(),
    /** From this RR a sale to a 65+ client needs a supervisor's review. */
    supervisorReviewFromRisk: risk,
  }),
  concentration: z.object({
    maxProductPercent: percent,
    maxIssuerPercent: percent,
    maxRr5Percent: percent,
    maxForeignCurrencyPercent: percent,
    /**
     * Classes for whom a limit passed is a warning, not a finding that needs approval: a
     * professional investor is outside the consumer-protection act the limits serve, and a
     * high-asset client's regime allows a wider shelf. The firm may empty the list.
     */
    warningOnlyClasses: z.array(investorClassSchema),
  }),
  /** The investor classes that may be recommended complex products. */
  complexProductClasses: z.array(investorClassSchema),
});
export type SuitabilitySettings = z.infer<typeof suitabilitySettingsSchema>;

export const DEFAULT_SUITABILITY_SETTINGS: SuitabilitySettings = {
  maxRiskByGrade: { five: [1, 2, 3, 4, 5], three: [2, 4, 5] },
  elderly: { noProactiveForeign: true, rationaleRequired: true, supervisorReviewFromRisk: 4 },
  concentration: {
    maxProductPercent: 30,
    maxIssuerPercent: 50,
    maxRr5Percent: 30,
    maxForeignCurrencyPercent: 60,
    warningOnlyClasses: ['professional_natural', 'professional_entity', 'high_asset'],
  },
  complexProductClasses: ['professional_natural', 'professional_entity', 'high_asset'],
};

/**
 * Each suitability setting's label by its path under `suitability` (the grade matrix's are the
 * grades' own words): the 設定 form and a finding's source read these.
 */
export const SUITABILITY_SETTING_FIELD_WORDS = {
  'elderly.noProactiveForeign': {
    'zh-TW': '高齡客戶不主動推介境外商品',
    en: 'No foreign securities proposed to clients 65+',
  },
  'elderly.rationaleRequired': {
    'zh-TW': '高齡客戶須填推介理由',
    en: 'Clients 65+ need a written rationale',
  },
  'elderly.supervisorReviewFromRisk': {
    'zh-TW': '高齡客戶須主管覆核的風險等級（含以上）',
    en: 'Supervisor review for clients 65+ from risk',
  },
  'concentration.maxProductPercent': { 'zh-TW': '單一商品上限', en: 'One product at most' },
  'concentration.maxIssuerPercent': { 'zh-TW': '單一發行機構上限', en: 'One issuer at most' },
  'concentration.maxRr5Percent': { 'zh-TW': 'RR5 商品合計上限', en: 'RR5 products at most' },
  'concentration.maxForeignCurrencyPercent': { 'zh-TW': '單一外幣上限', en: 'One foreign currency at most' },
  'concentration.warningOnlyClasses': {
    'zh-TW': '集中度僅提醒（不須核准）的投資人類別',
    en: 'Investor classes for whom concentration is only a warning',
  },
  complexProductClasses: {
    'zh-TW': '可推介複雜性商品的投資人類別',
    en: 'Investor classes that may be offered complex products',
  },
} as const satisfies Record<string, AuditWords>;
export type SuitabilitySettingField = keyof typeof SUITABILITY_SETTING_FIELD_WORDS;

/** A grade's cell of the matrix, named outside the form's table: 「C3 穩健型可推介上限」. */
export function maxRiskFieldWords(grade: AuditWords): AuditWords {
  return { 'zh-TW': `${grade['zh-TW']}可推介上限`, en: `Highest RR for ${grade.en}` };
}

export const SUITABILITY_SETTINGS_WORDS: AuditWords = { 'zh-TW': '適合度規則', en: 'suitability rules' };
