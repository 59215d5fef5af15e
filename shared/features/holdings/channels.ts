/** The holdings feature's channel names, bare (the preload's allow-list cannot load zod). */
export const HOLDINGS_CHANNELS = [
  'holdings.get',
  'holdings.addPosition',
  'holdings.updatePosition',
  'holdings.deletePosition',
  'holdings.setCash',
  'holdings.importCsv',
  'holdings.importXlsx',
  'holdings.exportCsv',
] as const;
