import type { RouteObject } from 'react-router';
import { navHandle } from '../../app/navigation';
import { OverduePage } from './OverduePage';

export const tierRoutes: RouteObject[] = [
  { path: 'tiers', handle: navHandle('tiers', 'nav.tiers'), element: <OverduePage /> },
];
