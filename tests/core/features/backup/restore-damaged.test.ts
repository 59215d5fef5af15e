import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/app';
import { makeTempDataDir, removeTempDataDir } from '../../helpers/temp-dir';
import { client, clientNames, coreAt, PASSPHRASE, value, vaultWithClients } from './fixtures';

describe('a damaged vault', () => {
  let root: string;
  let dataDir: string;
  const clock = { now: Date.parse('2026-11-30T02:00:00Z') };
  const cores: Core[] = [];
  let core: Core;
  let backupFile: string;
  let backedUp: string[];

  beforeEach(async () => {
    root = makeTempDataDir('advisordesk-backup-');
    dataDir = join(root, 'vault');
    core = (await vaultWithClients(dataDir, clock)).core;
    cores.push(core);
    backedUp = await clientNames(core);
    backupFile = (value(await core.invoke('backup.create', { folder: root })) as { file: string }).file;
    value(await core.invoke('clients.create', { data: client('王後來') }));
    // As verify or a corruption error does: the connection turns read-only and the marker is written.
    core.session.markDamaged();
  });
  afterEach(() => {
    for (const c of cores.splice(0)) c.close();
    removeTempDataDir(root);
  });

  it('answers a backup with DB_CORRUPT, not INTERNAL', async () => {
    const result = await core.invoke('backup.create', { folder: root });
    expect(result.ok ? 'ok' : result.error.code).toBe('DB_CORRUPT');
    expect(readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('is restored over without an unlock or a safety backup, the old files moved into replaced-<stamp>/', async () => {
    value(await core.invoke('vault.lock', {}));
    const locked = await core.invoke('vault.unlock', { passphrase: PASSPHRASE });
    expect(locked.ok ? 'ok' : locked.error.code).toBe('DB_CORRUPT');

    const result = value(
      await core.invoke('backup.restore', { file: backupFile, passphrase: PASSPHRASE }),
    ) as { replaced: boolean; safetyBackup: string | null; replacedFolder: string | null };
    expect(result).toMatchObject({ replaced: true, safetyBackup: null });
    const aside = readdirSync(dataDir).filter((name) => name.startsWith('replaced-'));
    expect(aside).toEqual(['replaced-20261130T020000Z']);
    // The answer names the folder, so the screen and the CLI can say where the damaged vault went.
    expect(result.replacedFolder).toBe(join(dataDir, 'replaced-20261130T020000Z'));
    expect(readdirSync(join(dataDir, aside[0]!)).sort()).toEqual(
      expect.arrayContaining(['advisordesk.db', 'database-damaged.json', 'vault.json']),
    );

    const reopened = coreAt(dataDir, clock);
    cores.push(reopened);
    value(await reopened.invoke('vault.unlock', { passphrase: PASSPHRASE }));
    expect(await clientNames(reopened)).toEqual(backedUp);
  });

  it('is restored over while still open (read-only) too', async () => {
    value(await core.invoke('backup.restore', { file: backupFile, passphrase: PASSPHRASE }));
    expect(core.session.isUnlocked()).toBe(false);
    value(await core.invoke('vault.unlock', { passphrase: PASSPHRASE }));
    expect(await clientNames(core)).toEqual(backedUp);
  });
});
