/**
 * The backup feature's channel names, bare (the preload's allow-list cannot load zod). Verify and
 * restore take a backup file by path and its passphrase or the recovery code: 設定 › 備份 and the
 * setup screen call them as the command line does.
 */
export const BACKUP_CHANNELS = ['backup.status', 'backup.create', 'backup.verify', 'backup.restore'] as const;
