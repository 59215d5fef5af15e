import type { FeatureSlots } from '../../app/slots';
import { InformationGivenPanel } from './InformationGivenPanel';
import { InformationReportTab } from './InformationReportTab';
import { ProductInformationButton } from './ProductInformationButton';

export { informationRecordsLocales } from './locales';
/** For the briefing screens (and any other): record a deck, a PDF or a material as given. */
export {
  RecordInformationGivenDialog,
  type RecordInformationGivenDialogProps,
} from './RecordInformationGivenDialog';

/** A card on the dossier, the report as a tab of 合規, and a button on a product's page. */
export const informationRecordsSlots: FeatureSlots = {
  dossierPanels: [{ key: 'information-given', Panel: InformationGivenPanel }],
  complianceTabs: [{ key: 'information-given', labelKey: 'infoGiven.tab', Tab: InformationReportTab }],
  productActions: [{ key: 'information-given', Action: ProductInformationButton }],
};
