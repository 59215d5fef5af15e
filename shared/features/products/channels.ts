/** The product shelf (KYP) feature's channel names, bare (the preload's allow-list cannot load zod). */
export const PRODUCT_CHANNELS = [
  'products.list',
  'products.get',
  'products.create',
  'products.update',
  'products.setState',
  'products.addNote',
  'products.listNotes',
  'products.importCsv',
  'products.importXlsx',
  'products.exportCsv',
  'products.exportXlsx',
  'products.seedDemo',
] as const;
