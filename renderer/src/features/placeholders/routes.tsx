import type { RouteObject } from 'react-router';
import { navHandle } from '../../app/navigation';
import { ComingSoon, type PlaceholderSection } from './ComingSoon';

const SECTIONS: PlaceholderSection[] = ['briefings'];

/** The sections later issues build, each an empty state until then. */
export const placeholderRoutes: RouteObject[] = SECTIONS.map((section) => ({
  path: section,
  handle: navHandle(section, `nav.${section}`),
  element: <ComingSoon section={section} />,
}));
