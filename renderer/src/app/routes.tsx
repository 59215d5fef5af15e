import { Navigate, type RouteObject } from 'react-router';
import { featureRoutes, HOME_PATH } from './feature-routes';
import { VaultGate } from './VaultGate';

/**
 * The whole route tree: the vault gate on top (it shows setup or unlock until the vault is open,
 * then the shell with the matched feature route), the features below. The router uses hash
 * history because the Electron window loads from file://, where paths cannot be routed.
 */
export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <VaultGate />,
    children: [
      { index: true, element: <Navigate to={HOME_PATH} replace /> },
      ...featureRoutes,
      { path: '*', element: <Navigate to={HOME_PATH} replace /> },
    ],
  },
];
