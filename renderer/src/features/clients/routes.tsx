import { useParams, type RouteObject } from 'react-router';
import { navHandle } from '../../app/navigation';
import { ClientListPage } from './ClientListPage';
import { EditClientPage, NewClientPage } from './ClientFormPage';
import { DossierPage } from './DossierPage';

/** A page per client id; the key starts it afresh when the id changes (a household link). */
function DossierRoute() {
  const id = useParams().id ?? '';
  return <DossierPage key={id} id={id} />;
}

function EditClientRoute() {
  const id = useParams().id ?? '';
  return <EditClientPage key={id} id={id} />;
}

export const clientRoutes: RouteObject[] = [
  {
    path: 'clients',
    handle: navHandle('clients', 'nav.clients'),
    children: [
      { index: true, element: <ClientListPage /> },
      { path: 'new', element: <NewClientPage /> },
      { path: ':id', element: <DossierRoute /> },
      { path: ':id/edit', element: <EditClientRoute /> },
    ],
  },
];
