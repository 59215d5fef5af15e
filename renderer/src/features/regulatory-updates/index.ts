import type { FeatureSlots } from '../../app/slots';
import { RegulatoryHomeCard } from './RegulatoryHomeCard';
import { UnreadRegulatoryBanner } from './UnreadRegulatoryBanner';

export { regulatoryUpdatesLocales } from './locales';
export { regulatoryUpdatesRoutes } from './routes';
export { REGULATORY_PATH } from './UnreadRegulatoryBanner';

/** A banner above every page, and a card on 今日, while the session's advisor has updates to acknowledge. */
export const regulatoryUpdatesSlots: FeatureSlots = {
  banners: [{ key: 'regulatory-updates', Banner: UnreadRegulatoryBanner }],
  homeCards: [{ key: 'regulatory', Card: RegulatoryHomeCard }],
};
