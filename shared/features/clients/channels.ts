/** The client dossier feature's channel names, bare (the preload's allow-list cannot load zod). */
export const CLIENT_CHANNELS = [
  'clients.list',
  'clients.get',
  'clients.create',
  'clients.update',
  'clients.revealNationalId',
  'clients.importCsv',
  'clients.exportCsv',
  'clients.dossierPdf',
  'clients.delete',
  'clients.ids',
  'clients.listOptions',
  'clients.bulkUpdate',
  'clients.archive',
  'clients.merge',
] as const;
