import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/app';
import { makeTempDataDir, removeTempDataDir } from '../../helpers/temp-dir';
import { PASSPHRASE, value, vaultWithClients } from './fixtures';

describe("a backup's log row and its audit entry commit together", () => {
  let root: string;
  const clock = { now: Date.parse('2026-11-30T02:00:00Z') };
  let core: Core;

  beforeEach(async () => {
    root = makeTempDataDir('advisordesk-backup-');
    core = (await vaultWithClients(join(root, 'vault'), clock)).core;
  });
  afterEach(() => {
    core.close();
    removeTempDataDir(root);
  });

  /** The audit trail refuses the next entry of `action` (a full disk, a failed chain read). */
  function refuseAuditOf(action: string) {
    core.session
      .database()
      .exec(
        `CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit_log WHEN NEW.action = '${action}' ` +
          `BEGIN SELECT RAISE(ABORT, 'audit refused'); END`,
      );
  }
  const logRows = () =>
    core.session.database().prepare('SELECT kind FROM backup_log').pluck().all() as string[];

  it('a scheduled backup whose audit entry fails leaves no log row and no file', async () => {
    refuseAuditOf('backup.scheduled');
    await expect(core.backup.runScheduledIfDue()).rejects.toThrow('audit refused');
    expect(logRows()).toEqual([]);
    expect(readdirSync(join(root, 'vault', 'backups'))).toEqual([]);
  });

  it('a safety backup whose audit entry fails leaves no log row, and the restore stops', async () => {
    const { file } = value(await core.invoke('backup.create', { folder: root })) as { file: string };
    refuseAuditOf('backup.safety');
    const result = await core.invoke('backup.restore', { file, passphrase: PASSPHRASE });
    expect(result.ok).toBe(false);
    expect(logRows()).toEqual(['manual']);
    expect(core.session.isUnlocked()).toBe(true);
  });
});
