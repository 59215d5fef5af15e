import { existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Vault } from '../../../electron/core/vault/vault';
import { LOCK_FILE_NAME } from '../../../electron/core/vault/vault-lock';
import { makeTempDataDir, removeTempDataDir } from '../helpers/temp-dir';
import { PASSPHRASE, copyVault } from './vault-fixture';

let root: string;
let setupDir: string;
let dataKey: Buffer;

beforeAll(async () => {
  root = makeTempDataDir();
  setupDir = join(root, 'setup');
  ({ dataKey } = await new Vault({ dataDir: setupDir }).create(PASSPHRASE));
});
afterAll(() => removeTempDataDir(root));

const settle = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: { code?: string }) => error.code ?? 'thrown',
  );

describe('the vault lock', () => {
  it('two concurrent passphrase changes (two processes) take turns: one succeeds, the other is told its passphrase is wrong', async () => {
    const dir = copyVault(setupDir, join(root, 'race'));
    // Two Vault objects share no in-process queue, as two CLI runs do not.
    const outcomes = await Promise.all([
      settle(new Vault({ dataDir: dir }).changePassphrase(PASSPHRASE, 'first new passphrase 1')),
      settle(new Vault({ dataDir: dir }).changePassphrase(PASSPHRASE, 'second new passphrase 2')),
    ]);
    expect([...outcomes].sort()).toEqual(['VAULT_BAD_PASSPHRASE', 'ok']);
    const winner = outcomes[0] === 'ok' ? 'first new passphrase 1' : 'second new passphrase 2';
    const works = async (passphrase: string) =>
      settle(new Vault({ dataDir: dir }).unlockWithPassphrase(passphrase));
    const results = {
      first: await works('first new passphrase 1'),
      second: await works('second new passphrase 2'),
    };
    expect(Object.values(results).filter((r) => r === 'ok')).toHaveLength(1);
    expect((await new Vault({ dataDir: dir }).unlockWithPassphrase(winner)).equals(dataKey)).toBe(true);
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
  });

  it('takes over a lock left by a process that is gone', async () => {
    const dir = copyVault(setupDir, join(root, 'stale-lock'));
    writeFileSync(join(dir, LOCK_FILE_NAME), JSON.stringify({ pid: 2 ** 22 + 12345, at: Date.now() }));
    await new Vault({ dataDir: dir }).changePassphrase(PASSPHRASE, 'after a stale lock 3');
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
  });

  it('removes temp files a killed writer left behind, at the next open, and keeps fresh ones', async () => {
    const dir = copyVault(setupDir, join(root, 'temp-files'));
    const stale = ['.advisordesk-0a1b2c3d4e5f.tmp', '.vault.json.1234.tmp'];
    for (const name of [...stale, '.advisordesk-ffffffffffff.tmp']) writeFileSync(join(dir, name), 'partial');
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const name of stale) utimesSync(join(dir, name), hourAgo, hourAgo);
    await new Vault({ dataDir: dir }).unlockWithPassphrase(PASSPHRASE);
    expect(readdirSync(dir).sort()).toEqual(['.advisordesk-ffffffffffff.tmp', 'vault.json']);
  });
});
