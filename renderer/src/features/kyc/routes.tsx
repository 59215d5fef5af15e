import { useParams, type RouteObject } from 'react-router';
import { TakePage } from './TakePage';

function TakeRoute() {
  const clientId = useParams().clientId ?? '';
  return <TakePage key={clientId} clientId={clientId} />;
}

/** Taking the questionnaire is reached from the dossier; it has no menu entry of its own. */
export const kycRoutes: RouteObject[] = [{ path: 'kyc/take/:clientId', element: <TakeRoute /> }];
