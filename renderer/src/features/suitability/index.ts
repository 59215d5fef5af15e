import type { FeatureSlots } from '../../app/slots';
import { PendingOverridesTab } from './PendingOverridesTab';

export { suitabilityLocales } from './locales';
export { suitabilityRoutes } from './routes';
export { suitabilityPaths } from './paths';

/** The 合規 tab of overrides awaiting approval. */
export const suitabilitySlots: FeatureSlots = {
  complianceTabs: [{ key: 'overrides', labelKey: 'overrides.tab', Tab: PendingOverridesTab }],
};
