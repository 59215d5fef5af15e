import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/ipc/result';

export const LOCK_FILE_NAME = 'vault.lock';

const POLL_MS = 50;
/** Setup, recovery and a change each take a few scrypt runs (seconds); a minute is plenty. */
const WAIT_MS = 60_000;
/** A lock older than this is left over (its process died or the pid was reused). */
const STALE_MS = 5 * 60_000;

/**
 * The key envelope's cross-process lock: `vault.lock` made with O_EXCL, holding the owner's pid
 * and the time. Two processes (the app and the CLI, or two CLI runs) that change the passphrase
 * take it in turn, and the second reads the envelope the first wrote, so it cannot overwrite the
 * first's change and report success for a passphrase that no longer works. A lock whose process
 * is gone, or older than five minutes, is stale and taken over. Inside the lock, temp files a
 * killed writer left behind are removed.
 */
export async function withVaultLock<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  if (!existsSync(dataDir)) return work(); // no folder, no vault: nothing to guard (it says so)
  const file = join(dataDir, LOCK_FILE_NAME);
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    if (tryTake(file)) break;
    if (isStale(file)) {
      rmSync(file, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new AppError('CONFLICT', 'another AdvisorDesk process is changing the vault; try again');
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, POLL_MS));
  }
  try {
    removeStaleTempFiles(dataDir);
    return await work();
  } finally {
    rmSync(file, { force: true });
  }
}

function tryTake(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify({ pid: process.pid, at: Date.now() }));
  } finally {
    closeSync(fd);
  }
  return true;
}

function isStale(file: string): boolean {
  let owner: { pid?: unknown; at?: unknown } = {};
  try {
    owner = JSON.parse(readFileSync(file, 'utf8')) as typeof owner;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false; // just released
    // Torn: being written this instant, or its writer was killed in between; judged by its age.
  }
  if (typeof owner.pid === 'number' && !processIsAlive(owner.pid)) return true;
  const at = typeof owner.at === 'number' ? owner.at : modifiedAt(file);
  return Date.now() - at > STALE_MS;
}

function modifiedAt(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return Date.now();
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** writeFileAtomic's temp files (`.advisordesk-*.tmp`, older `.vault.json.*.tmp`) left by a killed writer. */
const TEMP_FILE = /^\.(advisordesk-[0-9a-f]+|vault\.json\..+|device-seal\.bin\..+)\.tmp$/;
/** A writer renames its temp file within milliseconds; one a minute old was left behind. */
const TEMP_FILE_STALE_MS = 60_000;

function removeStaleTempFiles(dataDir: string): void {
  let names: string[];
  try {
    names = readdirSync(dataDir);
  } catch {
    return; // no folder yet (first-run setup makes it)
  }
  for (const name of names) {
    if (TEMP_FILE.test(name) && Date.now() - modifiedAt(join(dataDir, name)) > TEMP_FILE_STALE_MS) {
      rmSync(join(dataDir, name), { force: true });
    }
  }
}
