/** The suitability feature's addresses (inside the hash). */
export const suitabilityPaths = {
  check: (clientId?: string) =>
    clientId ? `/suitability?client=${encodeURIComponent(clientId)}` : '/suitability',
};
