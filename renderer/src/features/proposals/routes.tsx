import { useParams, type RouteObject } from 'react-router';
import { navHandle } from '../../app/navigation';
import { AcceptanceReportPage } from './report/AcceptanceReportPage';
import { ProposalListPage } from './ProposalListPage';
import { ProposalPage } from './ProposalPage';

function ProposalRoute() {
  const id = useParams().id ?? '';
  return <ProposalPage key={id} id={id} />;
}

export const proposalRoutes: RouteObject[] = [
  {
    path: 'proposals',
    handle: navHandle('proposals', 'nav.proposals'),
    children: [
      { index: true, element: <ProposalListPage /> },
      { path: 'report', element: <AcceptanceReportPage /> },
      { path: ':id', element: <ProposalRoute /> },
    ],
  },
];
