import type { FeatureSlots } from '../../app/slots';
import { GoalsPanel } from './GoalsPanel';

export { goalsLocales } from './locales';

/** The 理財目標 card on the dossier. */
export const goalsSlots: FeatureSlots = {
  dossierPanels: [{ key: 'goals', Panel: GoalsPanel }],
};
