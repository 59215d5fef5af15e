/** The backup feature's channel names, bare (the preload's allow-list cannot load zod). */
export const BACKUP_CHANNELS = ['backup.status', 'backup.create'] as const;

/**
 * Verify and restore read a backup file by path and take the passphrase or the recovery code:
 * the command line calls them; the screen explains the steps instead.
 */
export const BACKUP_CLI_CHANNELS = ['backup.verify', 'backup.restore'] as const;
