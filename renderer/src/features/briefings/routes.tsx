import { useLocation, useParams, type RouteObject } from 'react-router';
import { navHandle } from '../../app/navigation';
import { DeckEditorPage } from './DeckEditorPage';
import { DeckListPage } from './DeckListPage';

function EditorRoute() {
  const id = useParams().id ?? '';
  // Another version (`?version=N`, or back to the latest) is another page: read afresh.
  const { search } = useLocation();
  return <DeckEditorPage key={`${id}${search}`} id={id} />;
}

/** 市場簡報: the deck list and the editor (presentation mode is the presentation feature's). */
export const briefingRoutes: RouteObject[] = [
  {
    path: 'briefings',
    handle: navHandle('briefings', 'nav.briefings'),
    children: [
      { index: true, element: <DeckListPage /> },
      { path: ':id', element: <EditorRoute /> },
    ],
  },
];
