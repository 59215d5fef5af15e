import { join } from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/ipc/result';
import type { VaultState } from '../../../shared/features/vault';
import { Vault, DATABASE_FILE_NAME } from './vault';
import { damagedDatabase, openDatabase, migrate, storageFailure } from '../db';
import { DamagedMarker } from './damaged-marker';
import { finishRestore } from './restore-swap';
import type { DeviceKeyStore } from './device-key-store';
import { FailedUnlocks } from './failed-unlocks';
import { deriveAuditChainKey, sealUnchainedTrail } from '../kernel/audit-chain';

type Db = Database.Database;

export interface VaultSessionOptions {
  dataDir: string;
  now: () => number;
  /** Path of a better-sqlite3 binary built for another runtime (Electron), if not the default. */
  nativeBinding?: string;
  /**
   * Called while the database is still open, just before a lock (by request or by the idle timer),
   * and just after an unlock with the times of the failed attempts since the last one: the core
   * writes both to the audit trail. A failure in these never stops a lock or an unlock.
   */
  events?: VaultSessionEvents;
  deviceKeyStore?: DeviceKeyStore;
  /** Where a failing event hook is reported (by name only). */
  onEventError?: (error: unknown) => void;
}

export type LockReason = 'manual' | 'idle';

export interface VaultSessionEvents {
  beforeLock(reason: LockReason): void;
  afterUnlock(failedAttempts: readonly string[]): void;
}

const IDLE_CHECK_MS = 15_000;

/**
 * The vault's life cycle in one place: whether a key exists, whether the database is open, and
 * auto-lock after the configured idle time. Holds the open database while unlocked.
 */
export class VaultSession {
  private readonly vault: Vault;
  private readonly failedUnlocks: FailedUnlocks;
  private readonly damaged: DamagedMarker;
  private db: Db | null = null;
  /** The audit chain's HMAC key (derived from the data key), held only while unlocked. */
  private chainKey: Buffer | null = null;
  private lastActivity = 0;
  private autoLockMs: number | null = null;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: VaultSessionOptions) {
    this.vault = new Vault({ dataDir: options.dataDir, now: options.now });
    this.failedUnlocks = new FailedUnlocks(options.dataDir);
    this.damaged = new DamagedMarker(options.dataDir);
    finishRestore(options.dataDir);
  }

  state(): VaultState {
    if (this.db) return 'unlocked';
    return this.vault.isInitialized() ? 'locked' : 'uninitialized';
  }

  retryAfter(): Date | null {
    return this.vault.retryAfter();
  }

  autoLockMinutes(): number | null {
    return this.autoLockMs === null ? null : this.autoLockMs / 60_000;
  }

  /** First run: makes the data key and the database. Returns the recovery code to show once. */
  async setup(passphrase: string): Promise<string> {
    const { dataKey, recoveryCode } = await this.vault.create(passphrase);
    try {
      this.open(dataKey, { create: true });
    } catch (error) {
      // All or nothing: a setup that cannot make its database (a full disk) leaves no vault
      // behind whose recovery code was never shown; setup can be run again once there is room.
      this.vault.discardNewVault();
      throw storageFailure(error) ?? error;
    }
    return recoveryCode;
  }

  async unlock(passphrase: string, remember = false): Promise<void> {
    this.requireLockedVault();
    const dataKey = await this.noteFailure(() => this.vault.unlockWithPassphrase(passphrase));
    if (remember && this.deviceUnlockAvailable()) {
      this.vault.saveDeviceSeal(this.options.deviceKeyStore!.seal(dataKey));
    }
    this.open(dataKey);
  }

  async recover(recoveryCode: string, newPassphrase: string): Promise<void> {
    this.requireLockedVault();
    this.open(await this.noteFailure(() => this.vault.recover(recoveryCode, newPassphrase)));
  }

  deviceUnlockAvailable(): boolean {
    return this.options.deviceKeyStore?.isAvailable() ?? false;
  }

  deviceRemembered(): boolean {
    return this.deviceUnlockAvailable() && this.vault.readDeviceSeal() !== null;
  }

  /** Opens with the key the OS keychain kept ("remember on this computer"). */
  unlockWithDevice(): void {
    this.requireLockedVault();
    const sealed = this.deviceUnlockAvailable() ? this.vault.readDeviceSeal() : null;
    if (!sealed) throw new AppError('NOT_FOUND', 'no key is remembered on this computer');
    let dataKey: Buffer;
    try {
      dataKey = this.options.deviceKeyStore!.unseal(sealed);
    } catch {
      this.vault.clearDeviceSeal();
      throw new AppError('VAULT_CORRUPT', 'the remembered key could not be read; unlock with the passphrase');
    }
    this.open(dataKey);
  }

  forgetDevice(): void {
    this.vault.clearDeviceSeal();
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    this.database();
    await this.vault.changePassphrase(current, next);
  }

  /**
   * A database verify found damaged, or that answered SQLITE_CORRUPT: it takes no more writes
   * (query_only) and it will not be unlocked again until restored from a backup (the marker
   * names this very file, so a restored database, a new file, opens normally).
   */
  markDamaged(): void {
    if (!this.db) return;
    this.db.pragma('query_only = ON');
    this.damaged.mark();
  }

  isDamaged(): boolean {
    return this.db !== null && this.damaged.isMarked();
  }

  /** The database in place is marked damaged, open or not (it will not unlock: restore it). */
  databaseMarkedDamaged(): boolean {
    return this.damaged.isMarked();
  }

  /** The open database; LOCKED when there is none. */
  database(): Db {
    if (!this.db) throw new AppError('LOCKED', 'the vault is locked');
    return this.db;
  }

  /** The key the audit trail's hash chain is made with; LOCKED when locked. */
  auditChainKey(): Buffer {
    if (!this.db || !this.chainKey) throw new AppError('LOCKED', 'the vault is locked');
    return this.chainKey;
  }

  isUnlocked(): boolean {
    return this.db !== null;
  }

  setAutoLockMinutes(minutes: number): void {
    this.autoLockMs = minutes * 60_000;
  }

  touch(): void {
    this.lastActivity = this.options.now();
  }

  /** Closes the database, which drops the key held by SQLite. Safe to call when locked. */
  lock(reason: LockReason = 'manual'): void {
    if (this.idleTimer) clearInterval(this.idleTimer);
    this.idleTimer = null;
    if (!this.db) return;
    this.quietly(() => this.options.events?.beforeLock(reason));
    this.db.close();
    this.db = null;
    this.chainKey?.fill(0);
    this.chainKey = null;
  }

  /** Locks if idle for longer than the auto-lock time; the timer calls this, tests may too. */
  lockIfIdle(): boolean {
    if (!this.db || this.autoLockMs === null) return false;
    if (this.options.now() - this.lastActivity < this.autoLockMs) return false;
    this.lock('idle');
    return true;
  }

  /** Keeps the time of a wrong passphrase or recovery code for the audit trail, then rethrows. */
  private async noteFailure<T>(attempt: () => Promise<T>): Promise<T> {
    try {
      return await attempt();
    } catch (error) {
      const code = error instanceof AppError ? error.code : null;
      if (code === 'VAULT_BAD_PASSPHRASE' || code === 'VAULT_BAD_RECOVERY_CODE') {
        this.quietly(() => this.failedUnlocks.note(new Date(this.options.now()).toISOString()));
      }
      throw error;
    }
  }

  private quietly(event: () => void): void {
    try {
      event();
    } catch (error) {
      this.options.onEventError?.(error);
    }
  }

  private requireLockedVault(): void {
    if (this.db) return;
    // A restore another process was killed in the middle of is completed before the envelope is read.
    finishRestore(this.options.dataDir);
    if (!this.vault.isInitialized())
      throw new AppError('VAULT_NOT_INITIALIZED', 'run first-time setup first');
  }

  private open(dataKey: Buffer, { create = false } = {}): void {
    if (this.db) {
      dataKey.fill(0);
      return;
    }
    const file = join(this.options.dataDir, DATABASE_FILE_NAME);
    try {
      if (this.damaged.isMarked()) throw damagedDatabase();
      const db = openDatabase(file, dataKey, { nativeBinding: this.options.nativeBinding, create });
      const chainKey = deriveAuditChainKey(dataKey);
      try {
        migrate(db);
        // Entries older than the chain are chained now, before anything new is appended.
        sealUnchainedTrail(db, chainKey);
      } catch (error) {
        chainKey.fill(0);
        db.close();
        if (error instanceof AppError) throw error;
        const stored = storageFailure(error);
        if (stored) throw stored;
        // The failed step was rolled back: the database is as it was, but this version cannot use it.
        throw new AppError('DB_UPGRADE_BLOCKED', 'the database could not be upgraded to this version', {
          cause: error instanceof Error ? error.name : 'unknown',
        });
      }
      this.db = db;
      this.chainKey = chainKey;
    } finally {
      // SQLite keeps its own copy of the key; ours is wiped as soon as the database is open.
      dataKey.fill(0);
    }
    this.touch();
    this.quietly(() => this.options.events?.afterUnlock(this.failedUnlocks.take()));
    this.idleTimer = setInterval(() => this.lockIfIdle(), IDLE_CHECK_MS);
    this.idleTimer.unref();
  }
}
