import type { FeatureSlots } from '../../app/slots';
import { ClientEscalationsPanel } from './ClientEscalationsPanel';
import { EscalationSettingsSection } from './EscalationSettingsSection';
import { EscalationsHomeCard } from './EscalationsHomeCard';

export { escalationsLocales } from './locales';
export { escalationRoutes } from './routes';

/** The client's escalations and feedback on the dossier, the unresolved ones on 今日, the response hours in 設定. */
export const escalationSlots: FeatureSlots = {
  dossierPanels: [{ key: 'escalations', Panel: ClientEscalationsPanel }],
  homeCards: [{ key: 'escalations', Card: EscalationsHomeCard }],
  settingsSections: [
    { key: 'escalations', titleKey: 'escalationSettings.title', Section: EscalationSettingsSection },
  ],
};
