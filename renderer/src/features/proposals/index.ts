import type { FeatureSlots } from '../../app/slots';
import { ProposalsDossierPanel } from './ProposalsDossierPanel';

export { proposalsLocales } from './locales';
export { proposalRoutes } from './routes';
export { proposalPaths } from './paths';

/** The dossier's 建議書 card. */
export const proposalSlots: FeatureSlots = {
  dossierPanels: [{ key: 'proposals', Panel: ProposalsDossierPanel }],
};
