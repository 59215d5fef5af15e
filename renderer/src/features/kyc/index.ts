import type { FeatureSlots } from '../../app/slots';
import { KycDossierPanel } from './KycDossierPanel';
import { KycDueTab } from './KycDueTab';
import { KycHomeCard } from './KycHomeCard';
import { KycSettingsSection } from './KycSettingsSection';

export { kycLocales } from './locales';
export { kycRoutes } from './routes';
export { kycPaths } from './paths';

/** The KYC card on the dossier, the KYC tab in 合規, the KYC section in 設定, the KYC card on 今日. */
export const kycSlots: FeatureSlots = {
  dossierPanels: [{ key: 'kyc', Panel: KycDossierPanel }],
  complianceTabs: [{ key: 'kyc', labelKey: 'kyc.dueTab', Tab: KycDueTab }],
  settingsSections: [{ key: 'kyc', titleKey: 'kyc.settings', Section: KycSettingsSection }],
  homeCards: [{ key: 'kyc', Card: KycHomeCard }],
};
