import { useParams, type RouteObject } from 'react-router';
import { navHandle } from '../../app/navigation';
import { MarketPage } from './MarketPage';
import { SeriesPage } from './SeriesPage';

function SeriesRoute() {
  const code = useParams().code ?? '';
  return <SeriesPage key={code} code={code} />;
}

export const marketDataRoutes: RouteObject[] = [
  {
    path: 'market',
    handle: navHandle('market', 'nav.market'),
    children: [
      { index: true, element: <MarketPage /> },
      { path: ':code', element: <SeriesRoute /> },
    ],
  },
];
