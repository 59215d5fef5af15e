import type { RouteObject } from 'react-router';
import { navHandle } from '../../app/navigation';
import { SettingsPage } from './SettingsPage';

export const settingsRoutes: RouteObject[] = [
  { path: 'settings', handle: navHandle('settings', 'nav.settings'), element: <SettingsPage /> },
];
