import { useMemo } from 'react';
import type { KycStanding } from '../../../../../shared/features/kyc';
import type { InvestorClass } from '../../../../../shared/features/investor-classes';
import type { ProductSummary } from '../../../../../shared/features/products';
import { checkSuitability } from '../../../../../shared/features/suitability';
import { today } from '../../../../../shared/kernel/dates';
import { useLanguage } from '../../../app/language';
import { useSettings } from '../../../app/settings';
import { useChannelQuery } from '../../../lib/queries';

export interface Candidate {
  product: ProductSummary;
  /** Why the product cannot be proposed to this client (the suitability engine's block), or null. */
  blocked: string | null;
}

const WHOLE_SHELF = {};

/**
 * The shelf as products the advisor may pick for this client: each run alone through the same
 * suitability engine the core runs, so a product the rules block (not approved, complex for a
 * general investor…) is marked with the reason before it is ever added. Findings about the set
 * (KYC, concentration) are left to the live check of the whole proposal. A 65+ client's foreign
 * product is screened as if the client asked for it: the item's own checkbox then decides.
 */
export function useShelfCandidates(
  standing: KycStanding | undefined,
  investorClass: InvestorClass | undefined,
): { candidates: Candidate[]; loading: boolean } {
  const { language } = useLanguage();
  const { settings } = useSettings();
  const shelf = useChannelQuery('products.list', WHOLE_SHELF);
  const candidates = useMemo(() => {
    const products = (shelf.data?.items ?? []).filter((p) => p.state !== 'withdrawn');
    if (!standing || !investorClass) return products.map((product) => ({ product, blocked: null }));
    const day = today(settings.timeZone);
    return products.map((product) => {
      const result = checkSuitability({
        day,
        client: { profile: standing.profile, age: standing.age, investorClass },
        items: [
          {
            product: { ...product, expiryDate: null },
            item: {
              productId: product.id,
              weightPercent: 100,
              rationale: '-',
              clientInitiated: true,
            },
          },
        ],
        settings: {
          suitability: settings.suitability,
          elderlyAge: settings.kyc.elderlyAge,
          gradeScale: settings.kyc.gradeScale,
        },
      });
      const block = result.findings.find((f) => f.severity === 'block' && f.productId === product.id);
      return { product, blocked: block ? block.message[language] : null };
    });
  }, [shelf.data, standing, investorClass, settings, language]);
  return { candidates, loading: shelf.isLoading };
}
