/** The proposals feature's addresses (inside the hash). */
export const proposalPaths = {
  list: '/proposals',
  report: '/proposals/report',
  proposal: (id: string) => `/proposals/${encodeURIComponent(id)}`,
};
