export { BackupService, type AuditChainHead, type AuditHeadOf } from './service';
export { createBackupHandlers, createBackupService } from './handlers';
export { startBackupScheduler, BACKUP_SCHEDULER_INTERVAL_MS } from './scheduler';
