import type { RouteObject } from 'react-router';
import { navHandle } from '../../app/navigation';
import { BookReportPage } from './BookReportPage';

export const reportRoutes: RouteObject[] = [
  { path: 'reports', handle: navHandle('reports', 'nav.reports'), element: <BookReportPage /> },
];
