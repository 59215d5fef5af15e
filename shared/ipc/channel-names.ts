/**
 * The names of the contract's channels, without their schemas: the sandboxed preload needs the
 * allow-list but cannot load zod. contract.ts must define exactly these (checked at compile time).
 */
export const CHANNEL_NAMES = [
  'app.info',
  'vault.status',
  'vault.setup',
  'vault.unlock',
  'vault.unlockWithDevice',
  'vault.forgetDevice',
  'vault.recover',
  'vault.changePassphrase',
  'vault.lock',
  'vault.touch',
  'clients.list',
  'clients.get',
  'clients.create',
  'clients.update',
  'clients.revealNationalId',
  'clients.importCsv',
  'clients.exportCsv',
  'clients.dossierPdf',
  'settings.get',
  'settings.update',
  'audit.list',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];
