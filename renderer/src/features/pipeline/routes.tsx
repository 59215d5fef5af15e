import type { RouteObject } from 'react-router';
import { navHandle } from '../../app/navigation';
import { PipelinePage } from './PipelinePage';

export const pipelineRoutes: RouteObject[] = [
  { path: 'pipeline', handle: navHandle('pipeline', 'nav.pipeline'), element: <PipelinePage /> },
];
