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

export const SUITABILITY_SETTINGS_WORDS: AuditWords = { 'zh-TW': '適合度規則', en: 'suitability rules' };
