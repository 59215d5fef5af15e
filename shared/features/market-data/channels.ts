/** The market-data feature's channel names, bare (the preload's allow-list cannot load zod). */
export const MARKET_DATA_CHANNELS = [
  'market.seriesList',
  'market.seriesGet',
  'market.points',
  'market.import',
  'market.importProgress',
  'market.fxLatest',
  'market.sampleLoad',
] as const;
