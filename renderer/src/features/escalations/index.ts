import type { FeatureSlots } from '../../app/slots';
import { ClientEscalationsPanel } from './ClientEscalationsPanel';
import { EscalationSettingsSection } from './EscalationSettingsSection';

export { escalationsLocales } from './locales';
export { escalationRoutes } from './routes';

/** The client's escalations and feedback on the dossier; the response hours in 設定. */
export const escalationSlots: FeatureSlots = {
  dossierPanels: [{ key: 'escalations', Panel: ClientEscalationsPanel }],
  settingsSections: [
    { key: 'escalations', titleKey: 'escalationSettings.title', Section: EscalationSettingsSection },
  ],
};
