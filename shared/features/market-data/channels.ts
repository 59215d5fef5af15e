/** The market-data feature's channel names, bare (the preload's allow-list cannot load zod). */
export const MARKET_DATA_CHANNELS = [
  'marketData.series.list',
  'marketData.series.get',
  'marketData.points',
  'marketData.import',
  'marketData.importProgress',
  'marketData.fx.latest',
  'marketData.sample.load',
] as const;
