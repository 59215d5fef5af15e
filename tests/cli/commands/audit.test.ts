import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/app';
import { makeTempDataDir, removeTempDataDir } from '../../core/helpers/temp-dir';
import { cliRunner } from './cli-runner';

const PASSPHRASE = 'cli test passphrase';

describe('audit chain and client deletion on the command line', () => {
  let dir: string;
  const cli = cliRunner(() => dir, { ADVISORDESK_PASSPHRASE: PASSPHRASE });

  /** Changes the vault as someone holding the key and a SQLite shell could. */
  async function tamper(sql: string): Promise<void> {
    const core = createCore({ dataDir: join(dir, 'vault'), logError: () => undefined });
    const unlocked = await core.invoke('vault.unlock', { passphrase: PASSPHRASE });
    expect(unlocked.ok).toBe(true);
    core.session.database().exec(`DROP TRIGGER IF EXISTS audit_log_kept; ${sql}`);
    core.close();
  }

  beforeAll(async () => {
    dir = makeTempDataDir();
    expect((await cli('init')).code).toBe(0);
  });
  afterAll(() => removeTempDataDir(dir));

  it('deletes a client only with its name typed again, and says until when records are kept', async () => {
    const add = await cli(
      'clients',
      'add',
      '--name',
      '王刪除',
      '--national-id',
      'A123456789',
      '--status',
      'active',
    );
    expect(add.code).toBe(0);
    const id = /[0-9a-f-]{36}/.exec(add.out)![0];
    const wrong = await cli('clients', 'delete', id, '--reason', '當事人請求', '--confirm-name', '王別人');
    expect(wrong.code).not.toBe(0);
    expect(wrong.err).toContain('confirmName: 輸入的名稱與客戶姓名不符');
    const done = await cli('clients', 'delete', id, '--reason', '當事人請求', '--confirm-name', '王刪除');
    expect(done.err).toBe('');
    expect(done.out).toContain('法定紀錄保存至');
    const again = await cli('clients', 'delete', id, '--reason', '當事人請求', '--confirm-name', id);
    expect(again.err).toMatch(/RETENTION_HOLD: .* held until \d{4}-\d{2}-\d{2}/);
  });

  it('verify checks the chain; audit head exports it; an edited entry is named by verify', async () => {
    const ok = await cli('verify');
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/audit chain: ok \(\d+ entries\)/);

    const out = join(dir, 'head.json');
    const exported = await cli('audit', 'head', '--out', out);
    expect(exported.code).toBe(0);
    const head = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(head).sort()).toEqual([
      'count',
      'exportedAt',
      'format',
      'hash',
      'lastAt',
      'lastId',
      'version',
    ]);
    expect(head.hash).toMatch(/^[0-9a-f]{64}$/);

    await tamper("UPDATE audit_log SET action = 'client.update' WHERE id = 2");
    const broken = await cli('verify');
    expect(broken.code).not.toBe(0);
    expect(broken.out).toMatch(/broken at entry 2 \(\d{4}-\d{2}-\d{2}T[^,]+, client\.update\)/);
    const json = await cli('audit', 'verify', '--json');
    expect(json.code).not.toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({ ok: false, firstBrokenId: 2 });
  });
});
