import {
  chmodSync,
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';

/** Files and folders that hold secrets: readable by the owner only (ignored by Windows). */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

const STICKY_BIT = 0o1000;

/**
 * Creates the data folder with mode 0700, or tightens an existing one we were pointed at.
 * A shared sticky folder (such as /tmp) is left alone: the files inside are 0600 anyway.
 */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (process.platform === 'win32') return;
  const mode = statSync(dir).mode;
  if ((mode & 0o077) !== 0 && (mode & STICKY_BIT) === 0) chmodSync(dir, PRIVATE_DIR_MODE);
}

/**
 * Writes a file so that readers see the old or the new content, never a torn one: a 0600 temp
 * file in the same folder, fsync, then rename over the target (or, when `exclusive`, a hard link
 * that fails if the target already exists), then fsync of the folder.
 */
export function writeFileAtomic(
  file: string,
  data: string | Buffer,
  options: { exclusive?: boolean } = {},
): void {
  const dir = dirname(file);
  // A neutral name: the target's name (a client's, for a PDF) is not repeated in a stray file.
  const temp = join(dir, `.advisordesk-${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', PRIVATE_FILE_MODE);
  try {
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.exclusive) linkSync(temp, file);
    else renameSync(temp, file);
  } finally {
    // Also when writing failed (a full disk): no partial copy of the data stays behind.
    rmSync(temp, { force: true });
  }
  fsyncDir(dir);
}

export function fsyncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open or fsync a folder; NTFS makes the rename durable on its own.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
