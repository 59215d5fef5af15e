import { useCallback } from 'react';
import { z } from 'zod';
import { PRESENT_REFUSAL_WORDS, PRESENT_REFUSALS } from '../../../../shared/features/proposals';
import { useLanguage } from '../../app/language';

const refusalsSchema = z.object({
  reasons: z.array(z.object({ code: z.enum(PRESENT_REFUSALS), productCode: z.string().nullable() })),
});

/**
 * Why the core refused to present a proposal, one line a reason in the screen's language, each
 * naming the product it is about (details.reasons of the VALIDATION answer).
 */
export function useBlockingReasons(): (details: unknown) => string[] {
  const { language } = useLanguage();
  return useCallback(
    (details: unknown) => {
      const parsed = refusalsSchema.safeParse(details);
      if (!parsed.success) return [];
      return parsed.data.reasons.map(({ code, productCode }) => {
        const words = PRESENT_REFUSAL_WORDS[code][language];
        return productCode ? `${productCode}：${words}` : words;
      });
    },
    [language],
  );
}
