import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { passphraseProblem } from '../../../shared/features/vault';
import { AppError } from '../../../shared/ipc/result';
import { Backoff } from './backoff';
import {
  DATA_KEY_BYTES,
  ENVELOPE_FORMAT,
  ENVELOPE_VERSION,
  parseEnvelope,
  serializeEnvelope,
  unwrapKey,
  wrapKey,
  type Envelope,
} from './envelope';
import { ensurePrivateDir, writeFileAtomic } from './private-files';
import { generateRecoveryCode, normalizeRecoveryCode } from './recovery-code';
import { withVaultLock } from './vault-lock';

export const DATABASE_FILE_NAME = 'advisordesk.db';
export const ENVELOPE_FILE_NAME = 'vault.json';
export const DEVICE_SEAL_FILE_NAME = 'device-seal.bin';

export interface VaultOptions {
  dataDir: string;
  /** Milliseconds since the epoch; injected so tests control the backoff clock. */
  now?: () => number;
}

/**
 * The key envelope in the data folder. The data key is random and never changes; the passphrase
 * and the recovery code only wrap it. Operations run one at a time, so two attempts in flight
 * cannot both slip past the backoff or race on the envelope file.
 */
export class Vault {
  private readonly dataDir: string;
  private readonly envelopeFile: string;
  private readonly databaseFile: string;
  private readonly deviceSealFile: string;
  private readonly backoff: Backoff;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: VaultOptions) {
    this.dataDir = options.dataDir;
    this.envelopeFile = join(options.dataDir, ENVELOPE_FILE_NAME);
    this.databaseFile = join(options.dataDir, DATABASE_FILE_NAME);
    this.deviceSealFile = join(options.dataDir, DEVICE_SEAL_FILE_NAME);
    this.backoff = new Backoff(options.now ?? Date.now);
  }

  isInitialized(): boolean {
    return existsSync(this.envelopeFile);
  }

  retryAfter(): Date | null {
    return this.backoff.retryAfter();
  }

  /** First run: a new random data key, wrapped by the passphrase and by a new recovery code. */
  create(passphrase: string): Promise<{ dataKey: Buffer; recoveryCode: string }> {
    return this.serially(async () => {
      requireNewPassphrase(passphrase);
      // Never a new key over existing data: that data could then never be read again.
      if (existsSync(this.envelopeFile) || existsSync(this.databaseFile)) {
        throw new AppError('VAULT_ALREADY_INITIALIZED', 'this data folder already holds a vault');
      }
      ensurePrivateDir(this.dataDir);
      return this.locked(() => this.writeNewEnvelope(passphrase));
    });
  }

  /**
   * Undoes a setup whose database could not be made (a full disk): the envelope and whatever of
   * the database exists go, so the folder is as before and setup can simply be run again.
   */
  discardNewVault(): void {
    for (const file of [this.envelopeFile, ...databaseFiles(this.databaseFile)])
      rmSync(file, { force: true });
  }

  private async writeNewEnvelope(passphrase: string): Promise<{ dataKey: Buffer; recoveryCode: string }> {
    const dataKey = randomBytes(DATA_KEY_BYTES);
    const recoveryCode = generateRecoveryCode();
    const envelope: Envelope = {
      format: ENVELOPE_FORMAT,
      version: ENVELOPE_VERSION,
      slots: {
        passphrase: await wrapKey(dataKey, passphrase, 'passphrase'),
        recovery: await wrapKey(dataKey, normalizeRecoveryCode(recoveryCode)!, 'recovery'),
      },
    };
    try {
      writeFileAtomic(this.envelopeFile, serializeEnvelope(envelope), { exclusive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new AppError('VAULT_ALREADY_INITIALIZED', 'this data folder already holds a vault');
      }
      throw error;
    }
    return { dataKey, recoveryCode };
  }

  unlockWithPassphrase(passphrase: string): Promise<Buffer> {
    return this.seriallyLocked(async () => {
      const envelope = this.readEnvelope();
      this.backoff.check();
      const dataKey = await unwrapKey(envelope.slots.passphrase, passphrase, 'passphrase');
      return this.settle(dataKey, 'VAULT_BAD_PASSPHRASE', 'the passphrase is not correct');
    });
  }

  /** Unlocks with the recovery code and sets a new passphrase; the recovery code stays valid. */
  recover(recoveryCode: string, newPassphrase: string): Promise<Buffer> {
    return this.seriallyLocked(async () => {
      requireNewPassphrase(newPassphrase);
      const envelope = this.readEnvelope();
      this.backoff.check();
      const code = normalizeRecoveryCode(recoveryCode);
      const unwrapped = code === null ? null : await unwrapKey(envelope.slots.recovery, code, 'recovery');
      const dataKey = this.settle(unwrapped, 'VAULT_BAD_RECOVERY_CODE', 'the recovery code is not correct');
      try {
        await this.rewrapPassphrase(envelope, dataKey, newPassphrase);
      } catch (error) {
        dataKey.fill(0);
        throw error;
      }
      return dataKey;
    });
  }

  /** Re-wraps the data key under the new passphrase; the database is untouched. */
  changePassphrase(current: string, next: string): Promise<void> {
    return this.seriallyLocked(async () => {
      requireNewPassphrase(next);
      const envelope = this.readEnvelope();
      this.backoff.check();
      const unwrapped = await unwrapKey(envelope.slots.passphrase, current, 'passphrase');
      const dataKey = this.settle(unwrapped, 'VAULT_BAD_PASSPHRASE', 'the current passphrase is not correct');
      try {
        await this.rewrapPassphrase(envelope, dataKey, next);
      } finally {
        dataKey.fill(0);
      }
    });
  }

  /** "Remember on this computer": the caller seals the data key with the OS keychain first. */
  saveDeviceSeal(sealed: Buffer): void {
    ensurePrivateDir(this.dataDir);
    writeFileAtomic(this.deviceSealFile, sealed);
  }

  readDeviceSeal(): Buffer | null {
    try {
      return readFileSync(this.deviceSealFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  clearDeviceSeal(): void {
    rmSync(this.deviceSealFile, { force: true });
  }

  /** One at a time in this process, and under the data folder's lock against other processes. */
  private seriallyLocked<T>(operation: () => Promise<T>): Promise<T> {
    return this.serially(() => this.locked(operation));
  }

  private locked<T>(operation: () => Promise<T>): Promise<T> {
    return withVaultLock(this.dataDir, operation);
  }

  private serially<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.queue.then(operation, operation);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private readEnvelope(): Envelope {
    let text: string;
    try {
      text = readFileSync(this.envelopeFile, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new AppError('VAULT_NOT_INITIALIZED', 'no vault has been set up in this data folder');
      }
      throw error;
    }
    return parseEnvelope(text);
  }

  /** Counts the attempt for the backoff; a failed one throws and writes nothing. */
  private settle(
    dataKey: Buffer | null,
    code: 'VAULT_BAD_PASSPHRASE' | 'VAULT_BAD_RECOVERY_CODE',
    message: string,
  ): Buffer {
    if (dataKey === null) {
      this.backoff.recordFailure();
      throw new AppError(code, message);
    }
    this.backoff.recordSuccess();
    return dataKey;
  }

  private async rewrapPassphrase(envelope: Envelope, dataKey: Buffer, passphrase: string): Promise<void> {
    const next: Envelope = {
      ...envelope,
      slots: { ...envelope.slots, passphrase: await wrapKey(dataKey, passphrase, 'passphrase') },
    };
    writeFileAtomic(this.envelopeFile, serializeEnvelope(next));
  }
}

/** The database and the -wal and -shm files SQLite keeps beside it. */
export function databaseFiles(databaseFile: string): string[] {
  return [databaseFile, `${databaseFile}-wal`, `${databaseFile}-shm`];
}

/** The rules the IPC contract applies, here too so no caller can go under them. */
export function requireNewPassphrase(passphrase: string, field = 'passphrase'): void {
  const problem = passphraseProblem(passphrase);
  if (problem) {
    throw new AppError('VALIDATION', `the new passphrase is refused (${problem})`, {
      issues: [{ path: [field], message: problem }],
    });
  }
}
