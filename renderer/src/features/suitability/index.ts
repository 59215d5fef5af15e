import type { FeatureSlots } from '../../app/slots';
import { PendingOverridesTab } from './PendingOverridesTab';
import { SuitabilitySettingsForm } from './SuitabilitySettingsForm';

export { suitabilityLocales } from './locales';
export { suitabilityRoutes } from './routes';
export { suitabilityPaths } from './paths';
/** Proposals ask for an override from beside a live finding with the same dialog. */
export { OverrideRequestDialog } from './OverrideRequestDialog';

/** The 合規 tab of overrides awaiting approval and the 適合度規則 card on 設定. */
export const suitabilitySlots: FeatureSlots = {
  complianceTabs: [{ key: 'overrides', labelKey: 'overrides.tab', Tab: PendingOverridesTab }],
  settingsSections: [
    { key: 'suitability', titleKey: 'suitabilitySettings.title', Section: SuitabilitySettingsForm },
  ],
};
