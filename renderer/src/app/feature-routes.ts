import type { RouteObject } from 'react-router';
import { activityRoutes } from '../features/activities';
import { clientRoutes } from '../features/clients';
import { complianceRoutes } from '../features/compliance';
import { kycRoutes } from '../features/kyc';
import { placeholderRoutes } from '../features/placeholders';
import { productRoutes } from '../features/products';
import { proposalRoutes } from '../features/proposals';
import { settingsRoutes } from '../features/settings';
import { suitabilityRoutes } from '../features/suitability';
import { tierRoutes } from '../features/tiers';

/** Every feature's routes, one line each; the order is the menu's order. */
export const featureRoutes: RouteObject[] = [
  ...activityRoutes,
  ...clientRoutes,
  ...tierRoutes,
  ...productRoutes,
  ...suitabilityRoutes,
  ...placeholderRoutes,
  ...proposalRoutes,
  ...complianceRoutes,
  ...settingsRoutes,
  ...kycRoutes,
];

/** Where an empty or unknown address goes. */
export const HOME_PATH = '/today';
