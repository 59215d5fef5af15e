import type { FeatureSlots } from '../../app/slots';
import { ShelfSettingsSection } from './ShelfSettingsSection';

export { productsLocales } from './locales';
export { productRoutes } from './routes';
export { productPaths } from './paths';

/** The shelf's preferred products in 設定. */
export const productSlots: FeatureSlots = {
  settingsSections: [{ key: 'shelf', titleKey: 'shelfSettings.title', Section: ShelfSettingsSection }],
};
