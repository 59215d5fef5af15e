import type { FeatureSlots } from '../../app/slots';
import { ComplaintsTab } from './ComplaintsTab';
import { ComplianceSettingsSection } from './ComplianceSettingsSection';
import { DataRequestsTab } from './DataRequestsTab';
import { FlagsTab } from './FlagsTab';

export { complianceLocales } from './locales';
export { complianceRoutes } from './routes';

/** The compliance logs as tabs of 合規 (after the other features' review lists) and a card in 設定. */
export const complianceSlots: FeatureSlots = {
  complianceTabs: [
    { key: 'complaints', labelKey: 'complaints.tab', Tab: ComplaintsTab },
    { key: 'data-requests', labelKey: 'dataRequests.tab', Tab: DataRequestsTab },
    { key: 'flags', labelKey: 'flags.tab', Tab: FlagsTab },
  ],
  settingsSections: [
    { key: 'compliance', titleKey: 'complianceSettings.title', Section: ComplianceSettingsSection },
  ],
};
