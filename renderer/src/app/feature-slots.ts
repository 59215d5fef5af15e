import { investorClassSlots } from '../features/investor-classes';
import { kycSlots } from '../features/kyc';
import { proposalSlots } from '../features/proposals';
import { suitabilitySlots } from '../features/suitability';
import { holdingsSlots } from '../features/holdings';
import { goalsSlots } from '../features/goals';
import { assumptionsSlots } from '../features/capital-markets';
import { productSlots } from '../features/products';
import { complianceSlots } from '../features/compliance';
import { backupSlots } from '../features/backup';
import { marketDataSlots } from '../features/market-data';
import { informationRecordsSlots } from '../features/information-records';
import { regulatoryUpdatesSlots } from '../features/regulatory-updates';
import { tierSlots } from '../features/tiers';
import { activitySlots } from '../features/activities';
import type {
  Banner,
  ComplianceTab,
  DossierPanel,
  FeatureSlots,
  ClientListKey,
  ClientListFilter,
  ClientBulkAction,
  FxNote,
  HomeCard,
  ProductAction,
  SettingsSection,
  VaultStart,
} from './slots';
import { escalationSlots } from '../features/escalations';
import { pipelineSlots } from '../features/pipeline';

/**
 * Every feature's slots, one line each; the order is the order on screen. Read when a screen draws:
 * the compliance feature both lists its slots here and draws the 合規 section from this list.
 */
const featureSlots = (): readonly FeatureSlots[] => [
  activitySlots,
  holdingsSlots,
  kycSlots,
  investorClassSlots,
  tierSlots,
  suitabilitySlots,
  goalsSlots,
  assumptionsSlots,
  productSlots,
  proposalSlots,
  complianceSlots,
  backupSlots,
  marketDataSlots,
  informationRecordsSlots,
  regulatoryUpdatesSlots,
  escalationSlots,
  pipelineSlots,
];

// Functions, not constants: features import this module while app/ is still loading them.
export function dossierPanels(): readonly DossierPanel[] {
  return featureSlots().flatMap((slots) => slots.dossierPanels ?? []);
}

export function complianceTabs(): readonly ComplianceTab[] {
  return featureSlots().flatMap((slots) => slots.complianceTabs ?? []);
}

export function settingsSections(): readonly SettingsSection[] {
  return featureSlots().flatMap((slots) => slots.settingsSections ?? []);
}

export function banners(): readonly Banner[] {
  return featureSlots().flatMap((slots) => slots.banners ?? []);
}

export function vaultStarts(): readonly VaultStart[] {
  return featureSlots().flatMap((slots) => slots.vaultStarts ?? []);
}

export function fxNotes(): readonly FxNote[] {
  return featureSlots().flatMap((slots) => slots.fxNotes ?? []);
}

export function productActions(): readonly ProductAction[] {
  return featureSlots().flatMap((slots) => slots.productActions ?? []);
}

export function homeCards(): readonly HomeCard[] {
  return featureSlots().flatMap((slots) => slots.homeCards ?? []);
}

export function clientListKeys(): readonly ClientListKey[] {
  return featureSlots().flatMap((slots) => slots.clientListKeys ?? []);
}

export function clientListFilters(): readonly ClientListFilter[] {
  return featureSlots().flatMap((slots) => slots.clientListFilters ?? []);
}

export function clientBulkActions(): readonly ClientBulkAction[] {
  return featureSlots().flatMap((slots) => slots.clientBulkActions ?? []);
}
