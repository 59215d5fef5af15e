import type { Client } from '../../../../shared/features/clients';
import type { Goal } from '../../../../shared/features/goals';
import type { HoldingsValuation } from '../../../../shared/features/holdings';
import type { InvestorClass } from '../../../../shared/features/investor-classes';
import type { KycProfile } from '../../../../shared/features/kyc';
import type { AssetClassId, Product, ShelfFilter } from '../../../../shared/features/products';
import type { AssumptionsFile } from '../../../../shared/features/proposals/target';
import type { SuitabilityItem, SuitabilityResult } from '../../../../shared/features/suitability';

/**
 * What proposals read from other features, through their services (never their tables). app.ts
 * builds it with `proposalSourcesFrom` from the clients, KYC, investor-class, products,
 * suitability, holdings, goals and capital-market assumptions services.
 */
export interface ProposalSources {
  client(id: string): Client;
  /** NOT_FOUND for a deleted client: no new proposal is written for its tombstone. */
  liveClient(id: string): Client;
  clientNames(ids: readonly string[]): Map<string, string>;
  profileOf(clientId: string): KycProfile | null;
  classOn(clientId: string, day: string): InvestorClass;
  /** Full products as the shelf has them now; NOT_FOUND naming the first unknown id. */
  productsByIds(ids: readonly string[]): Product[];
  /** The shelf's products approved for sale, in shelf order. */
  approvedProducts(): readonly { id: string; assetClass: AssetClassId }[];
  valuationOf(clientId: string): HoldingsValuation;
  goalsOf(clientId: string): Goal[];
  activeAssumptions(): AssumptionsFile;
  /** NOT_FOUND naming the version. */
  assumptions(version: string): AssumptionsFile;
  /** As `assumptions`, for a proposal being written: a shipped version is stored so it outlives the release. */
  keepAssumptions(version: string): AssumptionsFile;
  /** The suitability engine on these items with the client's approved overrides; nothing saved. */
  suitability(clientId: string, items: readonly SuitabilityItem[]): SuitabilityResult;
}

/** The services as their features export them, by shape. */
export interface ProposalServices {
  clients: {
    get(id: string): Client;
    requireLive(id: string): Client;
    namesOf(ids: readonly string[]): Map<string, string>;
  };
  kyc: { profileOf(clientId: string): KycProfile | null };
  investorClasses: { classOn(clientId: string, day: string): InvestorClass };
  products: {
    byIds(ids: readonly string[]): Product[];
    list(filter: ShelfFilter): { items: readonly { id: string; assetClass: AssetClassId }[] };
  };
  suitability: { evaluate(clientId: string, items: readonly SuitabilityItem[]): SuitabilityResult };
  holdings: { valuationOf(clientId: string): HoldingsValuation };
  goals: { listOf(clientId: string): Goal[] };
  assumptions: {
    active(): AssumptionsFile;
    byVersion(version: string): AssumptionsFile;
    keep(version: string): AssumptionsFile;
  };
}

export function proposalSourcesFrom(services: ProposalServices): ProposalSources {
  return {
    client: (id) => services.clients.get(id),
    liveClient: (id) => services.clients.requireLive(id),
    clientNames: (ids) => services.clients.namesOf(ids),
    profileOf: (clientId) => services.kyc.profileOf(clientId),
    classOn: (clientId, day) => services.investorClasses.classOn(clientId, day),
    productsByIds: (ids) => services.products.byIds(ids),
    approvedProducts: () => services.products.list({ state: 'approved' }).items,
    valuationOf: (clientId) => services.holdings.valuationOf(clientId),
    goalsOf: (clientId) => services.goals.listOf(clientId),
    activeAssumptions: () => services.assumptions.active(),
    assumptions: (version) => services.assumptions.byVersion(version),
    keepAssumptions: (version) => services.assumptions.keep(version),
    suitability: (clientId, items) => services.suitability.evaluate(clientId, items),
  };
}
