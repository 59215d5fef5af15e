import type { FeatureSlots } from '../../app/slots';
import { OverdueFilter, TierFilter } from './ClientListFilters';
import { HouseholdPanel } from './HouseholdPanel';
import { TierPanel } from './TierPanel';
import { TierSettingsSection } from './TierSettingsSection';

export { tiersLocales } from './locales';
export { tierRoutes } from './routes';
export { tierPaths } from './paths';

/** The tier and household cards on the dossier, the tiers and plans on 設定, the list's tier and overdue filters. */
export const tierSlots: FeatureSlots = {
  dossierPanels: [
    { key: 'tiers', Panel: TierPanel },
    { key: 'household', Panel: HouseholdPanel },
  ],
  settingsSections: [{ key: 'tiers', titleKey: 'tiers.settingsTitle', Section: TierSettingsSection }],
  clientListFilters: [
    { facet: 'tier', Filter: TierFilter },
    { facet: 'overdue', Filter: OverdueFilter },
  ],
};
