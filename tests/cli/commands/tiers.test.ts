import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/cli-io';
import { runCli } from '../../../electron/cli/program';
import { makeTempDataDir, removeTempDataDir } from '../../core/helpers/temp-dir';

const PASSPHRASE = 'cli tiers passphrase';

async function cli(args: string[], dataDir: string) {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
  const code = await runCli(['node', 'advisordesk', '--data-dir', dataDir, ...args], io, {
    ADVISORDESK_PASSPHRASE: PASSPHRASE,
  });
  return { code, out, err };
}

describe('tiers recompute, overdue and show', () => {
  let dir: string;
  let vault: string;
  let clientId: string;

  beforeAll(async () => {
    dir = makeTempDataDir();
    vault = join(dir, 'vault');
    expect((await cli(['init'], vault)).code).toBe(0);
    const added = await cli(
      ['clients', 'add', '--name', '分級客', '--national-id', 'A123456789', '--status', 'active'],
      vault,
    );
    clientId = /added (\S+)/.exec(added.out)![1]!;
  });
  afterAll(() => removeTempDataDir(dir));

  it('recomputes every client and shows the tier, then lists the overdue by the day asked', async () => {
    const run = await cli(['tiers', 'recompute'], vault);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toContain('已重新計算 1 位客戶的分級：首次分級 1 位，分級變動 0 位。');
    const shown = JSON.parse((await cli(['tiers', 'show', '--client', clientId], vault)).out) as {
      tierKey: string;
      since: string;
    };
    expect(shown.tierKey).toBe('general');
    // The general plan: a contact every 180 days from the day the client was tiered.
    const day = (offset: number) =>
      new Date(Date.parse(`${shown.since}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
    const overdue = JSON.parse(
      (await cli(['tiers', 'overdue', '--as-of', day(181), '--kind', 'contact'], vault)).out,
    ) as {
      rows: { clientName: string; daysLate: number }[];
    };
    expect(overdue.rows).toEqual([expect.objectContaining({ clientName: '分級客', daysLate: 1 })]);
  });

  it('refuses an unknown kind with a zh-TW message', async () => {
    const run = await cli(['tiers', 'overdue', '--kind', 'lunch'], vault);
    expect(run.code).not.toBe(0);
    expect(run.err).toMatch(/kind/);
    expect(run.err).toMatch(/[\u4e00-\u9fff]/);
  });
});
