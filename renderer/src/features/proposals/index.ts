import type { FeatureSlots } from '../../app/slots';
import { ProposalsDossierPanel } from './ProposalsDossierPanel';
import { proposalSettingsSections } from './settings';

export { proposalsLocales } from './locales';
export { proposalRoutes } from './routes';
export { proposalPaths } from './paths';

/** The dossier's 建議書 card and the 建議書 section in 設定. */
export const proposalSlots: FeatureSlots = {
  dossierPanels: [{ key: 'proposals', Panel: ProposalsDossierPanel }],
  settingsSections: proposalSettingsSections,
};
