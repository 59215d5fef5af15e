import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ENVELOPE_FILE_NAME } from '../../../electron/core/vault/vault';

export const PASSPHRASE = 'correct horse 電池 staple';

/** A new data folder holding a copy of an existing envelope: a vault without paying for setup again. */
export function copyVault(fromDir: string, toDir: string): string {
  mkdirSync(toDir, { recursive: true, mode: 0o700 });
  copyFileSync(join(fromDir, ENVELOPE_FILE_NAME), join(toDir, ENVELOPE_FILE_NAME));
  return toDir;
}

/** The AppError code a promise rejects with. */
export async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code: string }).code;
  }
  throw new Error('expected a rejection');
}
