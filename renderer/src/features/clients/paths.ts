/** The clients feature's addresses (inside the hash: `#/clients/<id>`). */
export const clientPaths = {
  list: '/clients',
  create: '/clients/new',
  dossier: (id: string) => `/clients/${encodeURIComponent(id)}`,
  edit: (id: string) => `/clients/${encodeURIComponent(id)}/edit`,
};
