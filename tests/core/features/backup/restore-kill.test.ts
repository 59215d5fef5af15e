import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/app';
import { openBackup } from '../../../../electron/core/features/backup/open-backup';
import { chainHead } from '../../../../electron/core/kernel/audit-chain';
import { serializeEnvelope } from '../../../../electron/core/vault/envelope';
import {
  finishRestore,
  RESTORE_PENDING_FILE_NAME,
  RESTORE_STEPS,
  stageRestore,
} from '../../../../electron/core/vault/restore-swap';
import { makeTempDataDir, removeTempDataDir } from '../../helpers/temp-dir';
import { CANARY, client, clientNames, coreAt, PASSPHRASE, value, vaultWithClients } from './fixtures';

/**
 * A restore killed at each point of the swap: the folder is then opened by a new core, which must
 * unlock with the backup's passphrase into either the old vault (killed before the marker) or the
 * restored one (killed after it), never into neither.
 */
describe('a restore killed part way leaves a vault that opens', () => {
  let root: string;
  let dataDir: string;
  const clock = { now: Date.parse('2026-11-30T02:00:00Z') };
  const cores: Core[] = [];
  let backupFile: string;
  const restored = [CANARY, '林小美'].sort();
  let old: string[];

  beforeEach(async () => {
    root = makeTempDataDir('advisordesk-backup-');
    dataDir = join(root, 'vault');
    const { core } = await vaultWithClients(dataDir, clock);
    backupFile = (value(await core.invoke('backup.create', { folder: root })) as { file: string }).file;
    value(await core.invoke('clients.create', { data: client('王後來') }));
    old = await clientNames(core);
    core.close();
  });
  afterEach(() => {
    for (const c of cores.splice(0)) c.close();
    removeTempDataDir(root);
  });

  /** The restore's work up to the swap, as the service does it, with the old vault closed. */
  async function stage() {
    const opened = await openBackup(backupFile, { passphrase: PASSPHRASE }, dataDir, {
      auditHeadOf: chainHead,
    });
    opened.db.close();
    opened.dataKey.fill(0);
    stageRestore(dataDir, opened.file, serializeEnvelope(opened.envelope));
  }

  async function namesAfterReopen(): Promise<string[]> {
    const core = coreAt(dataDir, clock);
    cores.push(core);
    value(await core.invoke('vault.unlock', { passphrase: PASSPHRASE }));
    expect(existsSync(join(dataDir, RESTORE_PENDING_FILE_NAME))).toBe(false);
    return clientNames(core);
  }

  it('killed before the marker was written: the old vault opens', async () => {
    await stage();
    rmSync(join(dataDir, RESTORE_PENDING_FILE_NAME));
    expect(await namesAfterReopen()).toEqual(old);
  });

  it.each(RESTORE_STEPS.map((_, done) => [done]))(
    'killed after %i of the swap steps: the restored vault opens',
    async (done) => {
      await stage();
      for (const step of RESTORE_STEPS.slice(0, done)) step(dataDir);
      // After step 2 the database is the restored one and vault.json still the old one: the state
      // the old order (database renamed in, then vault.json written) could be killed in, unopenable.
      expect(await namesAfterReopen()).toEqual(restored);
    },
  );

  it('finishing twice changes nothing the second time', async () => {
    await stage();
    expect(finishRestore(dataDir)).toBe(true);
    expect(finishRestore(dataDir)).toBe(false);
    expect(await namesAfterReopen()).toEqual(restored);
  });
});
