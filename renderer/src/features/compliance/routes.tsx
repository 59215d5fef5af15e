import type { RouteObject } from 'react-router';
import { navHandle } from '../../app/navigation';
import { ComplianceSection } from './ComplianceSection';

export const complianceRoutes: RouteObject[] = [
  { path: 'compliance', handle: navHandle('compliance', 'nav.compliance'), element: <ComplianceSection /> },
];
