import type { FeatureSlots } from '../../app/slots';
import { HouseholdPanel } from './HouseholdPanel';
import { TierPanel } from './TierPanel';
import { TierSettingsSection } from './TierSettingsSection';

export { tiersLocales } from './locales';
export { tierRoutes } from './routes';

/** The tier card and the household card on the dossier, and the tiers and plans on 設定. */
export const tierSlots: FeatureSlots = {
  dossierPanels: [
    { key: 'tiers', Panel: TierPanel },
    { key: 'household', Panel: HouseholdPanel },
  ],
  settingsSections: [{ key: 'tiers', titleKey: 'tiers.settingsTitle', Section: TierSettingsSection }],
};
