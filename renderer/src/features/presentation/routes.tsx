import { useParams, type RouteObject } from 'react-router';
import { FULL_PAGE } from '../../app/navigation';
import { AudienceView } from './AudienceView';
import { PresenterView } from './PresenterView';

function Audience() {
  const deckId = useParams().deckId ?? '';
  return <AudienceView key={deckId} deckId={deckId} />;
}

function Presenter() {
  const deckId = useParams().deckId ?? '';
  return <PresenterView key={deckId} deckId={deckId} />;
}

/** Presentation mode: two full-page views of a deck, without the app's header and menu. */
export const presentationRoutes: RouteObject[] = [
  { path: 'briefings/:deckId/present', handle: FULL_PAGE, element: <Audience /> },
  { path: 'briefings/:deckId/presenter', handle: FULL_PAGE, element: <Presenter /> },
];
