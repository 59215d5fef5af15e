/**
 * The shapes compliance reads from features built on other branches (issue 10 parts 1, 2 and 4),
 * named as the helper brief names them, so the dashboard wires them in with one line each.
 */

/** `AuditChainService.verify()` (feat-audit-chain). */
export type AuditChainVerdict =
  { ok: true; count: number } | { ok: false; count: number; firstBrokenId: number };

/** `BackupService.status()` (feat-backup). */
export interface BackupStatus {
  lastBackupAt: string | null;
  lastBackupFile: string | null;
  overdue: boolean;
}
