import type { RouteObject } from 'react-router';
import { navHandle } from '../../app/navigation';
import { AuditLogPage } from './AuditLogPage';

export const complianceRoutes: RouteObject[] = [
  { path: 'compliance', handle: navHandle('compliance', 'nav.compliance'), element: <AuditLogPage /> },
];
