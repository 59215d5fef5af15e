import type { RouteObject } from 'react-router';
import { briefingRoutes } from '../features/briefings';
import { clientRoutes } from '../features/clients';
import { complianceRoutes } from '../features/compliance';
import { kycRoutes } from '../features/kyc';
import { marketDataRoutes } from '../features/market-data';
import { presentationRoutes } from '../features/presentation';
import { productRoutes } from '../features/products';
import { proposalRoutes } from '../features/proposals';
import { settingsRoutes } from '../features/settings';
import { suitabilityRoutes } from '../features/suitability';

/** Every feature's routes, one line each; the order is the menu's order. */
export const featureRoutes: RouteObject[] = [
  ...clientRoutes,
  ...productRoutes,
  ...suitabilityRoutes,
  ...briefingRoutes,
  ...presentationRoutes,
  ...marketDataRoutes,
  ...proposalRoutes,
  ...complianceRoutes,
  ...settingsRoutes,
  ...kycRoutes,
];

/** Where an empty or unknown address goes. */
export const HOME_PATH = '/clients';
