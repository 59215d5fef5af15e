import type { RouteObject } from 'react-router';
import { navHandle } from '../../app/navigation';
import { RegulatoryUpdatesPage } from './RegulatoryUpdatesPage';

export const regulatoryUpdatesRoutes: RouteObject[] = [
  {
    path: 'regulatory',
    handle: navHandle('regulatory', 'nav.regulatory'),
    element: <RegulatoryUpdatesPage />,
  },
];
