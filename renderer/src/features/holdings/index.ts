import type { FeatureSlots } from '../../app/slots';
import { HoldingsPanel } from './HoldingsPanel';

export { holdingsLocales } from './locales';

/** The 持有部位 card on the client dossier. */
export const holdingsSlots: FeatureSlots = {
  dossierPanels: [{ key: 'holdings', Panel: HoldingsPanel }],
};
