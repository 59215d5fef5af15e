import { useParams, type RouteObject } from 'react-router';
import { navHandle } from '../../app/navigation';
import { DeckEditorPage } from './DeckEditorPage';
import { DeckListPage } from './DeckListPage';

function EditorRoute() {
  const id = useParams().id ?? '';
  return <DeckEditorPage key={id} id={id} />;
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
