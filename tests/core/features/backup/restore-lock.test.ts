import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/app';
import { makeTempDataDir, removeTempDataDir } from '../../helpers/temp-dir';
import { client, clientNames, coreAt, PASSPHRASE, value, vaultWithClients } from './fixtures';

describe("a restore holds the vault's lock against other processes", () => {
  let root: string;
  const clock = { now: Date.parse('2026-11-30T02:00:00Z') };
  const cores: Core[] = [];
  const core = (dir: string) => {
    const made = coreAt(join(root, dir), clock);
    cores.push(made);
    return made;
  };
  let backupFile: string;
  let backedUp: string[];

  beforeEach(async () => {
    root = makeTempDataDir('advisordesk-backup-');
    // The backup is of another vault (another data key), as a restore from an older computer is.
    const other = await vaultWithClients(join(root, 'other'), clock);
    cores.push(other.core);
    value(await other.core.invoke('clients.create', { data: client('另一台電腦') }));
    backedUp = await clientNames(other.core);
    backupFile = (value(await other.core.invoke('backup.create', { folder: root })) as { file: string }).file;
  });
  afterEach(() => {
    for (const c of cores.splice(0)) c.close();
    removeTempDataDir(root);
  });

  it('a passphrase change in another process running at the same time cannot break the restored vault', async () => {
    const app = (await vaultWithClients(join(root, 'vault'), clock)).core;
    cores.push(app);
    const cli = core('vault');
    value(await cli.invoke('vault.unlock', { passphrase: PASSPHRASE }));
    const newPassphrase = 'changed by the other process';
    const change = cli.session.changePassphrase(PASSPHRASE, newPassphrase);
    const restore = app.invoke('backup.restore', { file: backupFile, passphrase: PASSPHRASE });
    await Promise.allSettled([change, restore]);
    value(await restore);
    cli.close();

    const after = core('vault');
    const unlocked = [
      await after.invoke('vault.unlock', { passphrase: PASSPHRASE }),
      await after.invoke('vault.unlock', { passphrase: newPassphrase }),
    ].filter((result) => result.ok);
    expect(unlocked).toHaveLength(1);
    expect(await clientNames(after)).toEqual(backedUp);
  });
});
