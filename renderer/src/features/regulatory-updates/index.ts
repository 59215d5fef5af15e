import type { FeatureSlots } from '../../app/slots';
import { UnreadRegulatoryBanner } from './UnreadRegulatoryBanner';

export { regulatoryUpdatesLocales } from './locales';
export { regulatoryUpdatesRoutes } from './routes';
export { REGULATORY_PATH } from './UnreadRegulatoryBanner';

/** A banner above every page while the session's advisor has updates to acknowledge. */
export const regulatoryUpdatesSlots: FeatureSlots = {
  banners: [{ key: 'regulatory-updates', Banner: UnreadRegulatoryBanner }],
};
