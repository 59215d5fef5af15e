/** The product shelf's addresses (inside the hash: `#/products/<id>`). */
export const productPaths = {
  shelf: '/products',
  create: '/products/new',
  detail: (id: string) => `/products/${encodeURIComponent(id)}`,
  edit: (id: string) => `/products/${encodeURIComponent(id)}/edit`,
};
