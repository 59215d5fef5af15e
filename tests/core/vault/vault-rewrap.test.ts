import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENVELOPE_FILE_NAME, Vault } from '../../../electron/core/vault/vault';
import { makeTempDataDir, removeTempDataDir } from '../helpers/temp-dir';
import { PASSPHRASE, copyVault, errorCode } from './vault-fixture';

let root: string;
let setupDir: string;
let dataKey: Buffer;
let recoveryCode: string;

beforeAll(async () => {
  root = makeTempDataDir();
  setupDir = join(root, 'setup');
  ({ dataKey, recoveryCode } = await new Vault({ dataDir: setupDir }).create(PASSPHRASE));
});
afterAll(() => removeTempDataDir(root));

const slots = (dir: string) => JSON.parse(readFileSync(join(dir, ENVELOPE_FILE_NAME), 'utf8')).slots;

describe('Vault re-wrap', () => {
  it('recovers with the recovery code, as typed by a person, and sets a new passphrase', async () => {
    const dir = copyVault(setupDir, join(root, 'recover'));
    const vault = new Vault({ dataDir: dir });
    // Not even the shape of a code: refused before any scrypt work.
    expect(await errorCode(vault.recover('ABCDE-12345', 'new passphrase 1'))).toBe('VAULT_BAD_RECOVERY_CODE');
    const typed = ` ${recoveryCode.toLowerCase().replace(/-/g, ' ')} `;
    expect((await vault.recover(typed, 'new passphrase 1')).equals(dataKey)).toBe(true);
    expect(slots(dir).recovery).toEqual(slots(setupDir).recovery);

    const reopened = new Vault({ dataDir: dir });
    expect((await reopened.unlockWithPassphrase('new passphrase 1')).equals(dataKey)).toBe(true);
    expect(await errorCode(reopened.unlockWithPassphrase(PASSPHRASE))).toBe('VAULT_BAD_PASSPHRASE');
  });

  it('changes the passphrase by re-wrapping the same key', async () => {
    const dir = copyVault(setupDir, join(root, 'change'));
    const vault = new Vault({ dataDir: dir });
    await vault.changePassphrase(PASSPHRASE, 'next passphrase 2');
    expect(slots(dir).passphrase.kdf.salt).not.toBe(slots(setupDir).passphrase.kdf.salt);

    expect(slots(dir).recovery).toEqual(slots(setupDir).recovery);
    expect((await vault.unlockWithPassphrase('next passphrase 2')).equals(dataKey)).toBe(true);
  });
});
