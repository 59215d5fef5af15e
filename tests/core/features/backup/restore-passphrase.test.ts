import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/app';
import { makeTempDataDir, removeTempDataDir } from '../../helpers/temp-dir';
import { coreAt, value, vaultWithClients } from './fixtures';

describe('restoring with the recovery code applies the passphrase rules', () => {
  let root: string;
  const clock = { now: Date.parse('2026-11-30T02:00:00Z') };
  const cores: Core[] = [];
  let recoveryCode: string;
  let backupFile: string;

  beforeEach(async () => {
    root = makeTempDataDir('advisordesk-backup-');
    const made = await vaultWithClients(join(root, 'old-computer'), clock);
    cores.push(made.core);
    recoveryCode = made.recoveryCode;
    backupFile = (value(await made.core.invoke('backup.create', { folder: root })) as { file: string }).file;
  });
  afterEach(() => {
    for (const c of cores.splice(0)) c.close();
    removeTempDataDir(root);
  });

  const fresh = () => {
    const made = coreAt(join(root, 'new-computer'), clock);
    cores.push(made);
    return made;
  };

  it.each([
    ['ten spaces', ' '.repeat(10), 'validation.passphrase.blank'],
    ['a common password', 'password123', 'validation.passphrase.common'],
    ['one character repeated', 'aaaaaaaaaaaa', 'validation.passphrase.common'],
  ])('refuses %s at the IPC boundary, restoring nothing', async (_, newPassphrase, message) => {
    const core = fresh();
    const result = await core.invoke('backup.restore', { file: backupFile, recoveryCode, newPassphrase });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(JSON.stringify(result.error.details)).toContain(message);
    expect(existsSync(join(root, 'new-computer', 'vault.json'))).toBe(false);
  });

  it('refuses them in the service too, naming the field', async () => {
    const core = fresh();
    const restoring = core.backup.restore({ file: backupFile, recoveryCode, newPassphrase: ' '.repeat(10) });
    await expect(restoring).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: ['newPassphrase'], message: 'validation.passphrase.blank' }] },
    });
    expect(existsSync(join(root, 'new-computer', 'vault.json'))).toBe(false);
  });
});
