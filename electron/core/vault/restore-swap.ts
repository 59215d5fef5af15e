import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DAMAGED_MARKER_FILE_NAME } from './damaged-marker';
import { fsyncDir, PRIVATE_DIR_MODE, writeFileAtomic } from './private-files';
import { databaseFiles, DATABASE_FILE_NAME, DEVICE_SEAL_FILE_NAME, ENVELOPE_FILE_NAME } from './vault';

/** Written, fsynced, before the first rename of a restore; removed once the swap is complete. */
export const RESTORE_PENDING_FILE_NAME = 'restore-pending.json';
/** The restored database and envelope, complete on disk, waiting to be renamed into place. */
export const PENDING_DATABASE_FILE_NAME = 'restore-pending.db';
export const PENDING_ENVELOPE_FILE_NAME = 'restore-pending-vault.json';

/**
 * Puts a restored database (a checked, closed file in the data folder) and its key envelope
 * beside the vault under their pending names, then writes the marker naming them. Until the
 * marker is on disk the old vault is untouched; from then on `finishRestore` completes the swap,
 * however often it is interrupted (docs/security.md, "Restoring").
 */
export function stageRestore(dataDir: string, restoredDatabase: string, envelopeText: string): void {
  rmSync(join(dataDir, RESTORE_PENDING_FILE_NAME), { force: true });
  const fd = openSync(restoredDatabase, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(restoredDatabase, join(dataDir, PENDING_DATABASE_FILE_NAME));
  writeFileAtomic(join(dataDir, PENDING_ENVELOPE_FILE_NAME), envelopeText);
  writeFileAtomic(
    join(dataDir, RESTORE_PENDING_FILE_NAME),
    JSON.stringify({ database: PENDING_DATABASE_FILE_NAME, envelope: PENDING_ENVELOPE_FILE_NAME }),
  );
}

/**
 * The swap's steps in order, each one idempotent (it does nothing when already done), so a swap
 * killed after any of them is finished by running them all again.
 */
export const RESTORE_STEPS: readonly ((dataDir: string) => void)[] = [
  // The old database's -wal and -shm belong to it, and the remembered key is another vault's.
  (dataDir) => {
    if (!existsSync(join(dataDir, PENDING_DATABASE_FILE_NAME))) return;
    for (const file of databaseFiles(join(dataDir, DATABASE_FILE_NAME)).slice(1))
      rmSync(file, { force: true });
    rmSync(join(dataDir, DEVICE_SEAL_FILE_NAME), { force: true });
  },
  (dataDir) => renameIfThere(dataDir, PENDING_DATABASE_FILE_NAME, DATABASE_FILE_NAME),
  (dataDir) => renameIfThere(dataDir, PENDING_ENVELOPE_FILE_NAME, ENVELOPE_FILE_NAME),
  (dataDir) => {
    rmSync(join(dataDir, RESTORE_PENDING_FILE_NAME), { force: true });
    fsyncDir(dataDir);
  },
];

/** Completes a staged restore, if one is pending; true when there was one. */
export function finishRestore(dataDir: string): boolean {
  if (!existsSync(join(dataDir, RESTORE_PENDING_FILE_NAME))) return false;
  for (const step of RESTORE_STEPS) step(dataDir);
  return true;
}

function renameIfThere(dataDir: string, from: string, to: string): void {
  try {
    renameSync(join(dataDir, from), join(dataDir, to));
  } catch (error) {
    // Already renamed (by an earlier, interrupted run, or another process finishing it too).
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return;
  }
  fsyncDir(dataDir);
}

/**
 * Moves a damaged vault (which cannot be unlocked, so not backed up) into `<name>/` in the data
 * folder, kept for a specialist: vault.json first, the damage marker last, so a move killed part
 * way leaves either a database still marked damaged (restore again) or none (an empty folder).
 * Answers the folder.
 */
export function moveAside(dataDir: string, name: string): string {
  let target = join(dataDir, name);
  for (let n = 2; existsSync(target); n += 1) target = join(dataDir, `${name}-${n}`);
  mkdirSync(target, { mode: PRIVATE_DIR_MODE });
  const database = databaseFiles(join(dataDir, DATABASE_FILE_NAME));
  const files = [join(dataDir, ENVELOPE_FILE_NAME), ...database.slice(1), database[0]!];
  for (const file of [...files, join(dataDir, DAMAGED_MARKER_FILE_NAME)]) {
    try {
      renameSync(file, join(target, basename(file)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  fsyncDir(dataDir);
  return target;
}
