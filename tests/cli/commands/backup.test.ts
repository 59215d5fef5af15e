import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/cli-io';
import { runCli } from '../../../electron/cli/program';
import { makeTempDataDir, removeTempDataDir } from '../../core/helpers/temp-dir';

const PASSPHRASE = 'old computer passphrase';

/** Moving to a new computer, as the README tells it: back up to a USB drive, restore from it. */
describe('backup commands: moving to a new computer', () => {
  let dir: string;
  let usb: string;
  let recoveryCode: string;
  let backupFile: string;

  const cli = async (dataDir: string, args: string[], env: Record<string, string> = {}) => {
    let out = '';
    let err = '';
    const io: CliIo = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
    const code = await runCli(['node', 'advisordesk', '--data-dir', join(dir, dataDir), ...args], io, {
      ADVISORDESK_PASSPHRASE: PASSPHRASE,
      ...env,
    });
    return { code, out, err };
  };
  const clientsOf = async (dataDir: string, passphrase = PASSPHRASE) => {
    const listed = await cli(dataDir, ['clients', 'list', '--json'], { ADVISORDESK_PASSPHRASE: passphrase });
    expect(listed.code).toBe(0);
    const { items } = JSON.parse(listed.out) as {
      items: { id: string; name: string; nationalIdMasked: string }[];
    };
    return items
      .map(({ id, name, nationalIdMasked }) => ({ id, name, nationalIdMasked }))
      .sort((a, b) => a.id.localeCompare(b.id));
  };

  beforeAll(async () => {
    dir = makeTempDataDir('advisordesk-cli-backup-');
    usb = join(dir, 'usb');
    mkdirSync(usb);
    const init = await cli('old', ['init']);
    expect(init.code).toBe(0);
    recoveryCode = init.out.trim().split('\n').at(-1)!;
    for (const [name, id] of [
      ['陳搬家', 'A123456789'],
      ['林新機', 'B120863158'],
    ] as const) {
      expect((await cli('old', ['clients', 'add', '--name', name, '--national-id', id])).code).toBe(0);
    }
    const made = await cli('old', ['backup', 'create', '--folder', usb]);
    expect(made.code).toBe(0);
    backupFile = made.out.match(/backup written: (.+)/)![1]!;
  });
  afterAll(() => removeTempDataDir(dir));

  it('verifies, then restores into a fresh data folder with the passphrase: the same clients', async () => {
    const verified = await cli('new', ['backup', 'verify', backupFile]);
    expect(verified.out).toContain('integrity: ok');
    expect(verified.out).toContain('backup ok');
    const restored = await cli('new', ['backup', 'restore', backupFile]);
    expect(restored.code).toBe(0);
    expect(restored.out).toContain('restored');
    expect(await clientsOf('new')).toEqual(await clientsOf('old'));
    expect((await cli('new', ['verify'])).code).toBe(0);
  });

  it('restores with the recovery code and a new passphrase', async () => {
    const env = {
      ADVISORDESK_RECOVERY_CODE: recoveryCode,
      ADVISORDESK_NEW_PASSPHRASE: 'new computer passphrase',
    };
    expect((await cli('new2', ['backup', 'verify', backupFile, '--recovery-code'], env)).code).toBe(0);
    const restored = await cli('new2', ['backup', 'restore', backupFile, '--recovery-code'], env);
    expect(restored.code).toBe(0);
    expect(await clientsOf('new2', 'new computer passphrase')).toEqual(await clientsOf('old'));
  });

  it('over an existing vault: unlocks it, backs it up first, then restores', async () => {
    expect(
      (await cli('old', ['clients', 'add', '--name', '王之後', '--national-id', 'F131104093'])).code,
    ).toBe(0);
    const restored = await cli('old', ['backup', 'restore', backupFile]);
    expect(restored.code).toBe(0);
    const safety = restored.out.match(/backed up first to: (.+)/)![1]!;
    expect(safety).toContain(join(dir, 'old', 'backups'));
    expect((await clientsOf('old')).map((c) => c.name)).not.toContain('王之後');
    expect((await cli('check', ['backup', 'restore', safety])).code).toBe(0);
    expect((await clientsOf('check')).map((c) => c.name)).toContain('王之後');
  });

  it('a damaged backup: a zh-TW reason, a non-zero exit, the folder left empty', async () => {
    const bad = join(usb, 'damaged.adbackup');
    writeFileSync(bad, readFileSync(backupFile).subarray(0, 5000));
    const refused = await cli('new3', ['backup', 'restore', bad]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('BACKUP_DAMAGED');
    expect(refused.err).toContain('備份檔不完整');
    expect(readdirSync(join(dir, 'new3'))).toEqual([]);
    const wrong = await cli('new3', ['backup', 'verify', backupFile], {
      ADVISORDESK_PASSPHRASE: 'not the passphrase',
    });
    expect(wrong.err).toContain('VAULT_BAD_PASSPHRASE');
  });
});
