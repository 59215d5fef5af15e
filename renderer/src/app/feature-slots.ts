import { investorClassSlots } from '../features/investor-classes';
import { kycSlots } from '../features/kyc';
import { proposalSlots } from '../features/proposals';
import { suitabilitySlots } from '../features/suitability';
import { holdingsSlots } from '../features/holdings';
import { goalsSlots } from '../features/goals';
import { assumptionsSlots } from '../features/capital-markets';
import { productSlots } from '../features/products';
import { backupSlots } from '../features/backup';
import type { Banner, ComplianceTab, DossierPanel, FeatureSlots, SettingsSection } from './slots';

/** Every feature's slots, one line each; the order is the order on screen. */
const FEATURE_SLOTS: readonly FeatureSlots[] = [
  holdingsSlots,
  kycSlots,
  investorClassSlots,
  suitabilitySlots,
  goalsSlots,
  assumptionsSlots,
  productSlots,
  proposalSlots,
  backupSlots,
];

// Functions, not constants: features import this module while app/ is still loading them.
export function dossierPanels(): readonly DossierPanel[] {
  return FEATURE_SLOTS.flatMap((slots) => slots.dossierPanels ?? []);
}

export function complianceTabs(): readonly ComplianceTab[] {
  return FEATURE_SLOTS.flatMap((slots) => slots.complianceTabs ?? []);
}

export function settingsSections(): readonly SettingsSection[] {
  return FEATURE_SLOTS.flatMap((slots) => slots.settingsSections ?? []);
}

export function banners(): readonly Banner[] {
  return FEATURE_SLOTS.flatMap((slots) => slots.banners ?? []);
}
