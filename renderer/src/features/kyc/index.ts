import type { FeatureSlots } from '../../app/slots';
import { KycDossierPanel } from './KycDossierPanel';
import { KycDueTab } from './KycDueTab';
import { KycHomeCard } from './KycHomeCard';
import { KycListFilter } from './KycListFilter';
import { KycSettingsSection } from './KycSettingsSection';

export { kycLocales } from './locales';
export { kycRoutes } from './routes';
export { kycPaths } from './paths';

/** The KYC card on the dossier, tab in 合規, section in 設定, card on 今日 and filter on the client list. */
export const kycSlots: FeatureSlots = {
  dossierPanels: [{ key: 'kyc', Panel: KycDossierPanel }],
  complianceTabs: [{ key: 'kyc', labelKey: 'kyc.dueTab', Tab: KycDueTab }],
  settingsSections: [{ key: 'kyc', titleKey: 'kyc.settings', Section: KycSettingsSection }],
  homeCards: [{ key: 'kyc', Card: KycHomeCard }],
  clientListFilters: [{ facet: 'kyc', Filter: KycListFilter }],
};
