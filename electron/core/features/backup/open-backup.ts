import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupReport } from '../../../../shared/features/backup';
import { AppError } from '../../../../shared/ipc/result';
import { openDatabase, SCHEMA_VERSION, verifyDatabase, type Database } from '../../db';
import { schemaVersion } from '../../db/migrate';
import { parseEnvelope, unwrapKey, type Envelope } from '../../vault/envelope';
import { normalizeRecoveryCode } from '../../vault/recovery-code';
import { checkBackup, readBackupHeader, refuse, type BackupHeader } from './format';
import type { AuditHeadOf } from './service';

/** How the user opens a backup: its passphrase, or the vault's recovery code. */
export type BackupSecret = { passphrase: string } | { recoveryCode: string };

export interface OpenedBackup {
  /** The backup's database, extracted (still encrypted) to a temp file in the work folder, open. */
  db: Database;
  file: string;
  dataKey: Buffer;
  envelope: Envelope;
  report: BackupReport;
  /** Closes the database and removes the temp file (and its -wal/-shm) unless it was moved away. */
  discard(): void;
}

/**
 * Checks a backup all the way without restoring it: structure and SHA-256 checksums, the schema
 * version this app knows, the key from the backup's own envelope, the database opened with it,
 * SQLite's integrity check, the schema version and audit chain head it holds against its header.
 * Any failure throws a structured AppError and leaves nothing behind.
 */
export async function openBackup(
  file: string,
  secret: BackupSecret,
  workDir: string,
  options: { auditHeadOf: AuditHeadOf; nativeBinding?: string | undefined },
): Promise<OpenedBackup> {
  const layout = readBackupHeader(file);
  const { header } = layout;
  let envelope: Envelope;
  try {
    envelope = parseEnvelope(JSON.stringify(header.keys));
  } catch {
    throw refuse('header');
  }
  // scrypt runs on libuv's pool while this thread checks and extracts the payload.
  const unwrapping = unwrapWith(envelope, secret);
  const temp = join(workDir, `.advisordesk-${randomBytes(6).toString('hex')}.tmp`);
  const removeTemp = () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${temp}${suffix}`, { force: true });
  };
  try {
    checkBackup(file, layout, temp);
    if (header.schemaVersion > SCHEMA_VERSION) throw refuse('too_new', 'BACKUP_TOO_NEW');
  } catch (error) {
    removeTemp();
    (await unwrapping.catch(() => null))?.fill(0);
    throw error;
  }
  let dataKey: Buffer;
  try {
    dataKey = await unwrapping;
  } catch (error) {
    removeTemp();
    throw error;
  }
  let db: Database | null = null;
  try {
    db = openWithKey(temp, dataKey, options.nativeBinding);
    checkDatabase(db, header, options.auditHeadOf);
    const opened = db;
    return {
      db: opened,
      file: temp,
      dataKey,
      envelope,
      report: reportOf(file, header),
      discard() {
        if (opened.open) opened.close();
        removeTemp();
      },
    };
  } catch (error) {
    db?.close();
    removeTemp();
    dataKey.fill(0);
    throw error;
  }
}

async function unwrapWith(envelope: Envelope, secret: BackupSecret): Promise<Buffer> {
  if ('passphrase' in secret) {
    const key = await unwrapKey(envelope.slots.passphrase, secret.passphrase, 'passphrase');
    if (!key) throw new AppError('VAULT_BAD_PASSPHRASE', 'the passphrase does not open this backup');
    return key;
  }
  const code = normalizeRecoveryCode(secret.recoveryCode);
  const key = code === null ? null : await unwrapKey(envelope.slots.recovery, code, 'recovery');
  if (!key) throw new AppError('VAULT_BAD_RECOVERY_CODE', 'the recovery code does not open this backup');
  return key;
}

/** Room for every page of a large vault, so the integrity check decrypts each page once. */
const CHECK_CACHE_KIB = 256 * 1024;

function openWithKey(file: string, dataKey: Buffer, nativeBinding: string | undefined): Database {
  try {
    const db = openDatabase(file, dataKey, { nativeBinding });
    db.pragma(`cache_size = -${CHECK_CACHE_KIB}`);
    return db;
  } catch (error) {
    if (error instanceof AppError && error.code === 'VAULT_CORRUPT')
      throw refuse('wrong_key', 'BACKUP_WRONG_KEY');
    throw refuse('integrity');
  }
}

function checkDatabase(db: Database, header: BackupHeader, auditHeadOf: AuditHeadOf): void {
  let integrity: string;
  try {
    integrity = verifyDatabase(db).integrity;
  } catch {
    throw refuse('integrity');
  }
  if (integrity !== 'ok') throw refuse('integrity');
  if (schemaVersion(db) !== header.schemaVersion) throw refuse('schema_mismatch');
  const head = auditHeadOf(db);
  const recorded = header.auditHead;
  const differs =
    recorded !== null &&
    head !== null &&
    (head.count !== recorded.count || head.lastId !== recorded.lastId || head.hash !== recorded.hash);
  if (differs) {
    throw refuse('audit_head_mismatch');
  }
}

function reportOf(file: string, header: BackupHeader): BackupReport {
  return {
    file,
    createdAt: header.createdAt,
    appVersion: header.appVersion,
    schemaVersion: header.schemaVersion,
    bytes: header.payload.bytes,
    sha256: header.payload.sha256,
    integrity: 'ok',
    auditHead: header.auditHead,
  };
}
