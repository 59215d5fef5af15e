import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceKeyStore } from '../../../electron/core/vault/device-key-store';
import { DEVICE_SEAL_FILE_NAME } from '../../../electron/core/vault/vault';
import { startCoreWorker, type CoreClient } from '../../../electron/core/worker/core-client';
import { makeTempDataDir, removeTempDataDir } from '../helpers/temp-dir';
import { PASSPHRASE, value } from './fixtures';

/** A stand-in for safeStorage: reverses the bytes behind a marker, and notes where it was called. */
class FakeKeychain implements DeviceKeyStore {
  available = true;
  broken = false;
  readonly calls: { op: string; bytes: number; onMainThread: boolean }[] = [];
  readonly sealed: Buffer[] = [];

  isAvailable(): boolean {
    this.note('isAvailable');
    return this.available;
  }

  seal(plain: Buffer): Buffer {
    this.note('seal', plain.length);
    const box = Buffer.concat([Buffer.from('FAKE:'), Buffer.from(plain).reverse()]);
    this.sealed.push(box);
    return box;
  }

  unseal(box: Buffer): Buffer {
    this.note('unseal', box.length);
    if (this.broken) throw new Error('keychain refused');
    return Buffer.from(box.subarray(5)).reverse();
  }

  private note(op: string, bytes = 0): void {
    this.calls.push({ op, bytes, onMainThread: isMainThread });
  }
}

/** "Remember on this computer" from the core worker, through the main thread's keychain. */
describe('OS keychain reached from the core worker', () => {
  let dir: string;
  let client: CoreClient;
  const keychain = new FakeKeychain();
  const status = async () => value<Record<string, unknown>>(await client.invoke('vault.status', {}));

  beforeAll(async () => {
    dir = makeTempDataDir();
    client = await startCoreWorker({ dataDir: dir, checkOutputs: true, deviceKeyStore: keychain });
    value(await client.invoke('vault.setup', { passphrase: PASSPHRASE }));
    value(await client.invoke('vault.lock', {}));
  });
  afterAll(async () => {
    await client.close();
    removeTempDataDir(dir);
  });

  it('seals the data key on the main thread and unlocks the worker with it', async () => {
    expect(await status()).toMatchObject({ deviceUnlockAvailable: true, deviceRemembered: false });
    value(await client.invoke('vault.unlock', { passphrase: PASSPHRASE, remember: true }));
    value(await client.invoke('vault.lock', {}));
    expect(await status()).toMatchObject({ state: 'locked', deviceRemembered: true });
    // The vault file holds exactly what the keychain returned for the 32-byte data key.
    expect(keychain.calls.filter((c) => c.op === 'seal')).toEqual([
      { op: 'seal', bytes: 32, onMainThread: true },
    ]);
    expect(readFileSync(join(dir, DEVICE_SEAL_FILE_NAME))).toEqual(keychain.sealed[0]);

    value(await client.invoke('vault.unlockWithDevice', {}));
    expect(await status()).toMatchObject({ state: 'unlocked' });
    expect(value(await client.invoke('clients.list', {}))).toEqual({ total: 0, items: [] });
    expect(keychain.calls.filter((c) => c.op === 'unseal')).toEqual([
      { op: 'unseal', bytes: 37, onMainThread: true },
    ]);
    expect(keychain.calls.every((c) => c.onMainThread)).toBe(true);
  });

  it('reports a keychain that refuses as a corrupt remembered key and forgets it', async () => {
    value(await client.invoke('vault.lock', {}));
    keychain.broken = true;
    expect(await client.invoke('vault.unlockWithDevice', {})).toMatchObject({
      ok: false,
      error: { code: 'VAULT_CORRUPT' },
    });
    expect(await status()).toMatchObject({ state: 'locked', deviceRemembered: false });
    keychain.broken = false;
  });

  it('offers nothing where the keychain is not available', async () => {
    keychain.available = false;
    expect(await status()).toMatchObject({ deviceUnlockAvailable: false, deviceRemembered: false });
    const sealsBefore = keychain.sealed.length;
    value(await client.invoke('vault.unlock', { passphrase: PASSPHRASE, remember: true }));
    expect(keychain.sealed).toHaveLength(sealsBefore);
  });
});
