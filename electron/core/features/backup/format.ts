import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  fsyncSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import {
  auditHeadSchema,
  backupProblemDetails,
  type BackupProblem,
} from '../../../../shared/features/backup';
import { AppError } from '../../../../shared/ipc/result';
import { PRIVATE_FILE_MODE } from '../../vault/private-files';

/**
 * The backup file (docs/security.md, "Backup files", describes it byte for byte; keep the two in
 * step):
 *
 *   magic (16) | format version (u32 BE) | header length H (u32 BE) | header (H bytes, UTF-8 JSON)
 *   | payload (the SQLCipher 4 database, header.payload.bytes) | SHA-256 of everything before (32)
 */
export const BACKUP_MAGIC = Buffer.from('ADVDESK-BACKUP\r\n', 'ascii');
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_EXTENSION = '.adbackup';
const PREFIX_BYTES = BACKUP_MAGIC.length + 8;
const CHECKSUM_BYTES = 32;
const MAX_HEADER_BYTES = 64 * 1024;
const CHUNK_BYTES = 1024 * 1024;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const backupHeaderSchema = z
  .object({
    format: z.literal('advisordesk-backup'),
    version: z.literal(BACKUP_FORMAT_VERSION),
    createdAt: z.string().datetime(),
    appVersion: z.string().max(64),
    schemaVersion: z.number().int().min(1),
    payload: z
      .object({
        cipher: z.literal('sqlcipher4-raw-key'),
        bytes: z.number().int().min(1),
        sha256: sha256Hex,
      })
      .strict(),
    auditHead: auditHeadSchema.nullable(),
    /** The vault's key envelope (vault.json) as it was when the backup was made; checked by parseEnvelope. */
    keys: z.unknown(),
  })
  .strict();
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export function refuse(
  problem: BackupProblem,
  code: 'BACKUP_DAMAGED' | 'BACKUP_WRONG_KEY' | 'BACKUP_TOO_NEW' = 'BACKUP_DAMAGED',
): AppError {
  const messages: Record<typeof code, string> = {
    BACKUP_DAMAGED: 'the backup is damaged or incomplete; nothing was changed',
    BACKUP_WRONG_KEY: 'the key in the backup does not open its database; nothing was changed',
    BACKUP_TOO_NEW: 'the backup was made by a newer AdvisorDesk; nothing was changed',
  };
  return new AppError(code, `${messages[code]} (${problem})`, backupProblemDetails(problem));
}

/** Copies `length` bytes from `from` at `position` into the open file `to`, feeding each chunk to `seen`. */
function copyRange(
  from: number,
  position: number,
  length: number,
  to: number | null,
  seen: (chunk: Buffer) => void,
): void {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let done = 0;
  while (done < length) {
    const read = readSync(from, buffer, 0, Math.min(CHUNK_BYTES, length - done), position + done);
    if (read === 0) throw refuse('truncated');
    const chunk = buffer.subarray(0, read);
    seen(chunk);
    if (to !== null) writeSync(to, chunk);
    done += read;
  }
}

/** SHA-256 and size of a whole file. */
export function hashFile(file: string): { sha256: string; bytes: number } {
  const fd = openSync(file, 'r');
  try {
    const bytes = fstatSync(fd).size;
    const hash = createHash('sha256');
    copyRange(fd, 0, bytes, null, (chunk) => hash.update(chunk));
    return { sha256: hash.digest('hex'), bytes };
  } finally {
    closeSync(fd);
  }
}

/** How a backup's temp files are named: hidden, beside the backup, removed when done. */
const TEMP_NAME = /^\.advisordesk-[0-9a-f]{12}\.tmp(-journal)?$/;
/** Older than this, a temp file belongs to a backup that was killed before it finished. */
const STALE_TEMP_MS = 60 * 60_000;

/** A new temp file's name in `dir`. */
export function backupTempFile(dir: string): string {
  return join(dir, `.advisordesk-${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Removes the temp files that backups killed half-way (power cut, SIGKILL) left in `dir`; a backup
 * still being written elsewhere has touched its own within the hour (file times are the system
 * clock's, so this reads that clock too). Answers how many were removed.
 */
export function removeStaleTemps(dir: string): number {
  const now = Date.now();
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (TEMP_NAME.test(name) && now - statSync(file).mtimeMs > STALE_TEMP_MS) {
      rmSync(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}

/**
 * Writes header and payload as one backup file: into a 0600 temp file beside the target, fsync,
 * then rename, so no half-written backup ever carries the final name. Answers the file's SHA-256.
 */
export function writeBackupFile(target: string, header: BackupHeader, payloadFile: string): string {
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  if (headerBytes.length > MAX_HEADER_BYTES) throw new Error('backup header too large');
  const prefix = Buffer.alloc(PREFIX_BYTES);
  BACKUP_MAGIC.copy(prefix, 0);
  prefix.writeUInt32BE(BACKUP_FORMAT_VERSION, BACKUP_MAGIC.length);
  prefix.writeUInt32BE(headerBytes.length, BACKUP_MAGIC.length + 4);

  const temp = backupTempFile(dirname(target));
  const hash = createHash('sha256');
  const out = openSync(temp, 'wx', PRIVATE_FILE_MODE);
  try {
    try {
      for (const part of [prefix, headerBytes]) {
        writeSync(out, part);
        hash.update(part);
      }
      const payload = openSync(payloadFile, 'r');
      try {
        copyRange(payload, 0, header.payload.bytes, out, (chunk) => hash.update(chunk));
      } finally {
        closeSync(payload);
      }
      const checksum = hash.digest();
      writeSync(out, checksum);
      fsyncSync(out);
    } finally {
      closeSync(out);
    }
    renameSync(temp, target);
    return hashFile(target).sha256;
  } finally {
    rmSync(temp, { force: true });
  }
}

export interface BackupLayout {
  header: BackupHeader;
  /** Where the payload starts in the file. */
  payloadOffset: number;
}

/** `\\server\share\…` or `//server/share/…`: opening it would reach out over the network (SMB). */
const NETWORK_PATH = /^(\\\\|\/\/)/;

/**
 * The backup file to read, as an absolute path; a network path is refused before anything touches
 * it (resolving `//server/share` on Linux or Windows alike must not reach the server).
 */
export function localBackupFile(file: string): string {
  if (NETWORK_PATH.test(file)) {
    throw new AppError(
      'NOT_FOUND',
      'the backup path is a network path',
      backupProblemDetails('network_path'),
    );
  }
  return resolve(file);
}

function openForReading(file: string): number {
  // A FIFO or a device would block the core's thread on open, or never end: only a regular file is read.
  try {
    const kind = statSync(file);
    if (!kind.isFile() && !kind.isDirectory()) {
      throw new AppError(
        'BACKUP_DAMAGED',
        'the backup path is not a regular file',
        backupProblemDetails('not_a_file'),
      );
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new AppError('NOT_FOUND', 'the backup file does not exist', backupProblemDetails('file_missing'));
    }
    throw error;
  }
  // A folder opens for reading on Linux and fails only at the first read (EISDIR).
  if (fstatSync(fd).isDirectory()) {
    closeSync(fd);
    throw new AppError('NOT_FOUND', 'the backup file is a folder', backupProblemDetails('folder_given'));
  }
  return fd;
}

/**
 * Reads a backup's structure (no key needed): the magic, the version, the header and the exact
 * length the header implies. Refuses with the reason; the checksums are `checkBackup`'s.
 */
export function readBackupHeader(file: string): BackupLayout {
  const fd = openForReading(file);
  try {
    const size = fstatSync(fd).size;
    const prefix = Buffer.alloc(PREFIX_BYTES);
    const got = readSync(fd, prefix, 0, PREFIX_BYTES, 0);
    const magicSeen = Math.min(got, BACKUP_MAGIC.length);
    if (got === 0 || !prefix.subarray(0, magicSeen).equals(BACKUP_MAGIC.subarray(0, magicSeen))) {
      throw refuse('not_a_backup');
    }
    if (got < PREFIX_BYTES) throw refuse('truncated');
    if (prefix.readUInt32BE(BACKUP_MAGIC.length) !== BACKUP_FORMAT_VERSION) throw refuse('unknown_version');
    const headerLength = prefix.readUInt32BE(BACKUP_MAGIC.length + 4);
    if (headerLength === 0 || headerLength > MAX_HEADER_BYTES) throw refuse('header');
    if (size < PREFIX_BYTES + headerLength) throw refuse('truncated');

    const headerBytes = Buffer.alloc(headerLength);
    readSync(fd, headerBytes, 0, headerLength, PREFIX_BYTES);
    const header = parseHeader(headerBytes);
    const payloadOffset = PREFIX_BYTES + headerLength;
    const expected = payloadOffset + header.payload.bytes + CHECKSUM_BYTES;
    if (size < expected) throw refuse('truncated');
    if (size > expected) throw refuse('trailing');
    return { header, payloadOffset };
  } finally {
    closeSync(fd);
  }
}

/**
 * Checks the file's SHA-256 (everything before the last 32 bytes) and the payload's, in one pass
 * that also copies the payload (the encrypted database) into `extractTo`, a new 0600 file, when
 * given. On a mismatch the copy is removed and the backup refused.
 */
export function checkBackup(file: string, layout: BackupLayout, extractTo?: string): void {
  const fd = openForReading(file);
  let out: number | null = null;
  try {
    const whole = createHash('sha256');
    copyRange(fd, 0, layout.payloadOffset, null, (chunk) => whole.update(chunk));
    const payload = createHash('sha256');
    out = extractTo === undefined ? null : openSync(extractTo, 'wx', PRIVATE_FILE_MODE);
    copyRange(fd, layout.payloadOffset, layout.header.payload.bytes, out, (chunk) => {
      whole.update(chunk);
      payload.update(chunk);
    });
    const stored = Buffer.alloc(CHECKSUM_BYTES);
    readSync(fd, stored, 0, CHECKSUM_BYTES, layout.payloadOffset + layout.header.payload.bytes);
    if (!whole.digest().equals(stored) || payload.digest('hex') !== layout.header.payload.sha256) {
      throw refuse('checksum');
    }
    if (out !== null) fsyncSync(out);
  } catch (error) {
    if (extractTo !== undefined) rmSync(extractTo, { force: true });
    throw error;
  } finally {
    if (out !== null) closeSync(out);
    closeSync(fd);
  }
}

/** The structure and both checksums of a backup, without extracting it. */
export function readBackupLayout(file: string): BackupLayout {
  const layout = readBackupHeader(file);
  checkBackup(file, layout);
  return layout;
}

function parseHeader(bytes: Buffer): BackupHeader {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw refuse('header');
  }
  const parsed = backupHeaderSchema.safeParse(json);
  if (!parsed.success) throw refuse('header');
  return parsed.data;
}
