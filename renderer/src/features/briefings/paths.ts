/** The briefings' addresses (inside the hash: `#/briefings/<id>`). The presentation feature owns `/present`. */
export const briefingPaths = {
  list: '/briefings',
  editor: (id: string) => `/briefings/${encodeURIComponent(id)}`,
  present: (id: string) => `/briefings/${encodeURIComponent(id)}/present`,
};
