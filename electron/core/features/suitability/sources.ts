import type { Client } from '../../../../shared/features/clients';
import type { InvestorClass } from '../../../../shared/features/investor-classes';
import type { KycProfile } from '../../../../shared/features/kyc';
import type { SuitabilityProduct } from '../../../../shared/features/suitability';

/**
 * What the suitability check reads from other features, through their services (never their
 * tables). app.ts builds it from ClientsService, KycService, InvestorClassService and
 * ProductsService with `suitabilitySourcesFrom`.
 */
export interface SuitabilitySources {
  client(id: string): Client;
  clientNames(ids: readonly string[]): Map<string, string>;
  profileOf(clientId: string): KycProfile | null;
  classOn(clientId: string, day: string): InvestorClass;
  /** NOT_FOUND naming the first id not on the shelf. */
  productsByIds(ids: readonly string[]): SuitabilityProduct[];
}

/** The services as other features export them, by shape (ProductsService returns full Products). */
export interface SuitabilityServices {
  clients: { get(id: string): Client; namesOf(ids: readonly string[]): Map<string, string> };
  kyc: { profileOf(clientId: string): KycProfile | null };
  investorClasses: { classOn(clientId: string, day: string): InvestorClass };
  products: { byIds(ids: readonly string[]): readonly SuitabilityProduct[] };
}

export function suitabilitySourcesFrom(services: SuitabilityServices): SuitabilitySources {
  return {
    client: (id) => services.clients.get(id),
    clientNames: (ids) => services.clients.namesOf(ids),
    profileOf: (clientId) => services.kyc.profileOf(clientId),
    classOn: (clientId, day) => services.investorClasses.classOn(clientId, day),
    // Only the fields the rules read: the rest of a Product stays with its feature.
    productsByIds: (ids) =>
      services.products.byIds(ids).map((p) => ({
        id: p.id,
        code: p.code,
        nameZh: p.nameZh,
        nameEn: p.nameEn,
        issuer: p.issuer,
        currency: p.currency,
        riskRating: p.riskRating,
        isForeign: p.isForeign,
        isComplex: p.isComplex,
        state: p.state,
        expiryDate: p.expiryDate,
      })),
  };
}
