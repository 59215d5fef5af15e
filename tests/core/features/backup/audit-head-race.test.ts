import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/app';
import { AuditTrail } from '../../../../electron/core/kernel/audit-trail';
import { makeTempDataDir, removeTempDataDir } from '../../helpers/temp-dir';
import { PASSPHRASE, value, vaultWithClients } from './fixtures';

describe('the audit head a backup records is the one its copy holds', () => {
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

  /**
   * Appends one audit entry right after the first VACUUM INTO, as another process might: the
   * entry is outside the copy's snapshot.
   */
  function appendAfterFirstCopy(times: number) {
    const db = core.session.database();
    const prepare = db.prepare.bind(db);
    const trail = new AuditTrail(db, () => core.session.auditChainKey());
    let left = times;
    db.prepare = ((sql: string) => {
      const statement = prepare(sql);
      if (!sql.startsWith('VACUUM INTO') || left === 0) return statement;
      left -= 1;
      return {
        run: (...args: unknown[]) => {
          const result = statement.run(...args);
          trail.append(
            { action: 'vault.lock', entity: 'vault', entityId: null, detail: null },
            new Date(clock.now).toISOString(),
            { name: null, osUser: 'other-process' },
          );
          return result;
        },
      };
    }) as typeof db.prepare;
  }

  it('copies again when an entry was appended during the copy, so the backup verifies', async () => {
    appendAfterFirstCopy(1);
    const { file } = value(await core.invoke('backup.create', { folder: root })) as { file: string };
    const verified = await core.invoke('backup.verify', { file, passphrase: PASSPHRASE });
    expect(verified.ok ? 'ok' : JSON.stringify(verified.error)).toBe('ok');
  });

  it('gives up with a clear error when the trail keeps changing', async () => {
    appendAfterFirstCopy(100);
    const result = await core.invoke('backup.create', { folder: root });
    expect(result.ok ? 'ok' : result.error.code).toBe('CONFLICT');
    expect(readdirSync(root).filter((name) => name !== 'vault')).toEqual([]);
  });
});
