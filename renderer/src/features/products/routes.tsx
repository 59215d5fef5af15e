import { useParams, type RouteObject } from 'react-router';
import { navHandle } from '../../app/navigation';
import { ProductDetailPage } from './ProductDetailPage';
import { EditProductPage, NewProductPage } from './ProductFormPage';
import { ShelfPage } from './ShelfPage';

function DetailRoute() {
  const id = useParams().id ?? '';
  return <ProductDetailPage key={id} id={id} />;
}

function EditRoute() {
  const id = useParams().id ?? '';
  return <EditProductPage key={id} id={id} />;
}

export const productRoutes: RouteObject[] = [
  {
    path: 'products',
    handle: navHandle('products', 'nav.products'),
    children: [
      { index: true, element: <ShelfPage /> },
      { path: 'new', element: <NewProductPage /> },
      { path: ':id', element: <DetailRoute /> },
      { path: ':id/edit', element: <EditRoute /> },
    ],
  },
];
