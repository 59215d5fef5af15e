/** The KYC feature's addresses (inside the hash). */
export const kycPaths = {
  take: (clientId: string) => `/kyc/take/${encodeURIComponent(clientId)}`,
};
