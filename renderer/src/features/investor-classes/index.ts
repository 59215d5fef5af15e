import type { FeatureSlots } from '../../app/slots';
import { ClassSettingsSection } from './ClassSettingsSection';
import { InvestorClassPanel } from './InvestorClassPanel';

export { investorClassesLocales } from './locales';

/** A card on the dossier (the class in effect, evidence, history) and the criteria on 設定. */
export const investorClassSlots: FeatureSlots = {
  dossierPanels: [{ key: 'investor-classes', Panel: InvestorClassPanel }],
  settingsSections: [
    { key: 'investor-classes', titleKey: 'classes.settingsTitle', Section: ClassSettingsSection },
  ],
};
