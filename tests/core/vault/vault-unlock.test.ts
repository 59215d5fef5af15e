import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/result';
import { DATABASE_FILE_NAME, ENVELOPE_FILE_NAME, Vault } from '../../../electron/core/vault/vault';
import { makeTempDataDir, removeTempDataDir } from '../helpers/temp-dir';
import { PASSPHRASE, copyVault, errorCode } from './vault-fixture';

let root: string;
let setupDir: string;
let dataKey: Buffer;
let recoveryCode: string;

beforeAll(async () => {
  root = makeTempDataDir();
  setupDir = join(root, 'setup', 'AdvisorDesk');
  ({ dataKey, recoveryCode } = await new Vault({ dataDir: setupDir }).create(PASSPHRASE));
});
afterAll(() => removeTempDataDir(root));

describe('Vault setup', () => {
  it('makes a 32-byte key, a 125-bit recovery code, and owner-only files', () => {
    expect(dataKey).toHaveLength(32);
    expect(recoveryCode).toMatch(/^[A-Z2-7]{5}(-[A-Z2-7]{5}){4}$/);
    expect(statSync(setupDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(setupDir, ENVELOPE_FILE_NAME)).mode & 0o777).toBe(0o600);
    const envelope = readFileSync(join(setupDir, ENVELOPE_FILE_NAME), 'utf8');
    expect(envelope).not.toContain(dataKey.toString('base64'));
    expect(envelope).not.toContain(dataKey.toString('hex'));
  });

  it('refuses a passphrase under 10 characters, whoever calls, and writes nothing', async () => {
    const dir = join(root, 'short');
    await expect(new Vault({ dataDir: dir }).create('短密碼123456'.slice(0, 9))).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect(new Vault({ dataDir: dir }).isInitialized()).toBe(false);
  });

  it('refuses a new key over an existing envelope or database, without touching them', async () => {
    await expect(new Vault({ dataDir: setupDir }).create('another passphrase')).rejects.toMatchObject({
      code: 'VAULT_ALREADY_INITIALIZED',
    });
    const dir = join(root, 'db-only');
    mkdirSync(dir, { mode: 0o700 });
    const databaseFile = join(dir, DATABASE_FILE_NAME);
    writeFileSync(databaseFile, 'existing data');
    const vault = new Vault({ dataDir: dir });
    expect(await errorCode(vault.create(PASSPHRASE))).toBe('VAULT_ALREADY_INITIALIZED');
    expect(vault.isInitialized()).toBe(false);
    expect(readFileSync(databaseFile, 'utf8')).toBe('existing data');
  });

  it('says when there is no vault, and when the envelope is damaged', async () => {
    const empty = new Vault({ dataDir: join(root, 'nothing') });
    expect(empty.isInitialized()).toBe(false);
    expect(await errorCode(empty.unlockWithPassphrase(PASSPHRASE))).toBe('VAULT_NOT_INITIALIZED');
    const dir = copyVault(setupDir, join(root, 'damaged'));
    writeFileSync(join(dir, ENVELOPE_FILE_NAME), '{"format":"advisordesk-vault","version":1}');
    expect(await errorCode(new Vault({ dataDir: dir }).unlockWithPassphrase(PASSPHRASE))).toBe(
      'VAULT_CORRUPT',
    );
  });
});

describe('Vault unlock', () => {
  it('refuses wrong passphrases without changing a file, backs off, then unlocks', async () => {
    const dir = copyVault(setupDir, join(root, 'backoff'));
    const envelopeFile = join(dir, ENVELOPE_FILE_NAME);
    const before = { bytes: readFileSync(envelopeFile), mtime: statSync(envelopeFile).mtimeMs };
    let clock = Date.parse('2026-11-20T08:00:00Z');
    const vault = new Vault({ dataDir: dir, now: () => clock });

    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const error = await vault.unlockWithPassphrase(`wrong ${attempt}`).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('VAULT_BAD_PASSPHRASE');
      expect((error as AppError).message).not.toContain('wrong');
    }
    expect(readFileSync(envelopeFile).equals(before.bytes)).toBe(true);
    expect(statSync(envelopeFile).mtimeMs).toBe(before.mtime);

    // Third failure in a row: the next attempt waits 1 s, even with the right passphrase.
    expect(vault.retryAfter()).toEqual(new Date(clock + 1_000));
    const blocked = (await vault.unlockWithPassphrase(PASSPHRASE).catch((e: unknown) => e)) as AppError;
    expect(blocked.code).toBe('VAULT_BACKOFF');
    expect(blocked.details).toEqual({ retryAfter: new Date(clock + 1_000).toISOString() });

    clock += 1_000;
    expect(vault.retryAfter()).toBeNull();
    expect((await vault.unlockWithPassphrase(PASSPHRASE)).equals(dataKey)).toBe(true);
    expect(vault.retryAfter()).toBeNull();
  });

  it('keeps a device seal for "remember on this computer" and forgets it', () => {
    const vault = new Vault({ dataDir: copyVault(setupDir, join(root, 'seal')) });
    expect(vault.readDeviceSeal()).toBeNull();
    vault.saveDeviceSeal(Buffer.from('sealed by the OS keychain'));
    expect(vault.readDeviceSeal()?.toString()).toBe('sealed by the OS keychain');
    vault.clearDeviceSeal();
    expect(vault.readDeviceSeal()).toBeNull();
    vault.clearDeviceSeal();
  });
});
