/** The vault feature's channel names, bare (the preload's allow-list cannot load zod). */
export const VAULT_CHANNELS = [
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
  'vault.verify',
] as const;
