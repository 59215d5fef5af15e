import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/ipc/result';

/** What the messages point to: feat-backup's restore, on its screen and in the CLI. */
export const RESTORE_HINT = 'restore it from a backup (Backup screen, or `advisordesk backup restore`)';

export function damagedDatabase(): AppError {
  return new AppError('DB_CORRUPT', `the database is damaged and no longer written to; ${RESTORE_HINT}`);
}

export function diskFull(): AppError {
  return new AppError('DISK_FULL', 'the disk is full; nothing was written');
}

/**
 * A storage failure with its own code instead of INTERNAL: a full disk (SQLite's SQLITE_FULL, or
 * ENOSPC/EDQUOT from a file write) or a damaged database (SQLITE_CORRUPT*, SQLITE_NOTADB). Null
 * for anything else. Every failed write is rolled back, so "nothing was written" holds.
 */
export function storageFailure(error: unknown): AppError | null {
  if (error instanceof BetterSqlite3.SqliteError) {
    if (error.code === 'SQLITE_FULL') return diskFull();
    if (error.code.startsWith('SQLITE_CORRUPT') || error.code === 'SQLITE_NOTADB') return damagedDatabase();
    return null;
  }
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return diskFull();
  return null;
}

/** SQLite refusing a write to a connection made query_only (a damaged database, see VaultSession). */
export function isWriteRefused(error: unknown): boolean {
  return error instanceof BetterSqlite3.SqliteError && error.code === 'SQLITE_READONLY';
}
