import type { RouteObject } from 'react-router';
import { briefingRoutes } from '../features/briefings';
import { activityRoutes } from '../features/activities';
import { clientRoutes } from '../features/clients';
import { complianceRoutes } from '../features/compliance';
import { escalationRoutes } from '../features/escalations';
import { pipelineRoutes } from '../features/pipeline';
import { reportRoutes } from '../features/reports';
import { kycRoutes } from '../features/kyc';
import { marketDataRoutes } from '../features/market-data';
import { presentationRoutes } from '../features/presentation';
import { productRoutes } from '../features/products';
import { proposalRoutes } from '../features/proposals';
import { settingsRoutes } from '../features/settings';
import { suitabilityRoutes } from '../features/suitability';
import { regulatoryUpdatesRoutes } from '../features/regulatory-updates';
import { tierRoutes } from '../features/tiers';

/** Every feature's routes, one line each; the order is the menu's order. */
export const featureRoutes: RouteObject[] = [
  ...activityRoutes,
  ...clientRoutes,
  ...tierRoutes,
  ...productRoutes,
  ...suitabilityRoutes,
  ...briefingRoutes,
  ...presentationRoutes,
  ...marketDataRoutes,
  ...proposalRoutes,
  ...pipelineRoutes,
  ...reportRoutes,
  ...escalationRoutes,
  ...complianceRoutes,
  ...regulatoryUpdatesRoutes,
  ...settingsRoutes,
  ...kycRoutes,
];

/** Where an empty or unknown address goes. */
export const HOME_PATH = '/today';
