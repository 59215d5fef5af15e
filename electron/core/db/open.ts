import { chmodSync, closeSync, existsSync, openSync, statSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/ipc/result';

export type Database = BetterSqlite3.Database;
export type Statement<P extends unknown[], R = unknown> = BetterSqlite3.Statement<P, R>;

export interface OpenDatabaseOptions {
  /** A better-sqlite3 binary built for another runtime (Electron), if not the default one. */
  nativeBinding?: string | undefined;
  /**
   * Make the file when it is missing. Only first-run setup does: on unlock a missing file means a
   * broken restore or sync, and a fresh empty database there would hide the real one.
   */
  create?: boolean;
}

const KEY_BYTES = 32;
const PRIVATE_FILE_MODE = 0o600;

/**
 * Opens (or creates) the SQLCipher 4 database with the raw 32-byte data key. The key pragma
 * answers "ok" even for a wrong key, so a real read proves the key before anything else runs.
 */
export function openDatabase(file: string, dataKey: Buffer, options: OpenDatabaseOptions = {}): Database {
  if (dataKey.length !== KEY_BYTES) throw new AppError('VAULT_CORRUPT', 'the data key has the wrong length');
  if (!existsSync(file)) {
    if (!options.create) {
      throw new AppError('VAULT_CORRUPT', 'the database file is missing; restore it from a backup');
    }
    // Create the file 0600 ourselves: SQLite gives the -wal and -shm files the main file's mode.
    closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  } else if (!options.create && statSync(file).size === 0) {
    // SQLite would take an empty file for a new database and answer every check "ok".
    throw new AppError('VAULT_CORRUPT', 'the database file is empty; restore it from a backup');
  }
  if (process.platform !== 'win32') chmodSync(file, PRIVATE_FILE_MODE);

  const db = new BetterSqlite3(file, {
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    db.pragma(`key = "x'${dataKey.toString('hex')}'"`);
    proveKey(db);
    configureConnection(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The connection settings every AdvisorDesk database runs with (the benchmark's plain baseline too). */
export function configureConnection(db: Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('secure_delete = ON');
  // Every page read from disk is decrypted and checked; 64 MiB of cache keeps 100k clients'
  // search and list pages decrypted once instead of on every query.
  db.pragma('cache_size = -65536');
}

function proveKey(db: Database): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (error) {
    if (error instanceof BetterSqlite3.SqliteError && error.code === 'SQLITE_NOTADB') {
      throw new AppError('VAULT_CORRUPT', 'database key does not match');
    }
    throw error;
  }
}
