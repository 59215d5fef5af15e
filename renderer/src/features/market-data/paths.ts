/** 市場資料's addresses (inside the hash: `#/market/<code>`). */
export const marketPaths = {
  list: '/market',
  series: (code: string) => `/market/${encodeURIComponent(code)}`,
};
