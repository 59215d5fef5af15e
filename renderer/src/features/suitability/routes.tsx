import type { RouteObject } from 'react-router';
import { navHandle } from '../../app/navigation';
import { SuitabilityPage } from './SuitabilityPage';

export const suitabilityRoutes: RouteObject[] = [
  { path: 'suitability', handle: navHandle('suitability', 'nav.suitability'), element: <SuitabilityPage /> },
];
