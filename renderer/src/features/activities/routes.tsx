import type { RouteObject } from 'react-router';
import { navHandle } from '../../app/navigation';
import { HomePage } from './HomePage';

/** 今日, the landing page (app/feature-routes.ts's HOME_PATH). */
export const activityRoutes: RouteObject[] = [
  { path: 'today', handle: navHandle('today', 'nav.today'), element: <HomePage /> },
];
