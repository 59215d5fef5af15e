import type { FeatureSlots } from '../../app/slots';
import { AssumptionsSection } from './AssumptionsSection';

export { assumptionsLocales } from './locales';

/** The 資本市場假設 section in 設定. */
export const assumptionsSlots: FeatureSlots = {
  settingsSections: [{ key: 'assumptions', titleKey: 'assumptions.settings', Section: AssumptionsSection }],
};
