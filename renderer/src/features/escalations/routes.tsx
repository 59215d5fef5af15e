import type { RouteObject } from 'react-router';
import { navHandle } from '../../app/navigation';
import { EscalationsPage } from './EscalationsPage';

export const escalationRoutes: RouteObject[] = [
  { path: 'escalations', handle: navHandle('escalations', 'nav.escalations'), element: <EscalationsPage /> },
];
