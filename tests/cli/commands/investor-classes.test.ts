import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/app';
import type { CliIo } from '../../../electron/cli/cli-io';
import { runCli } from '../../../electron/cli/program';
import { makeTempDataDir, removeTempDataDir } from '../../core/helpers/temp-dir';

const PASSPHRASE = 'cli investor class passphrase';

async function cli(args: string[], dataDir: string) {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
  const code = await runCli(['node', 'advisordesk', '--data-dir', dataDir, ...args], io, {
    ADVISORDESK_PASSPHRASE: PASSPHRASE,
  });
  return { code, out, err };
}

describe('investor-class show', () => {
  let dir: string;
  let vault: string;
  let clientId: string;

  beforeAll(async () => {
    dir = makeTempDataDir();
    vault = join(dir, 'vault');
    expect((await cli(['init'], vault)).code).toBe(0);
    const added = await cli(['clients', 'add', '--name', '高資產', '--national-id', 'A123456789'], vault);
    clientId = /added (\S+)/.exec(added.out)![1]!;
    // The class is recorded through the core (the screen's path), then shown by the CLI.
    const core = createCore({
      dataDir: vault,
      now: () => Date.parse('2026-11-25T09:00:00Z'),
      logError: () => {},
    });
    try {
      await core.invoke('vault.unlock', { passphrase: PASSPHRASE });
      const applied = await core.invoke('classes.apply', {
        clientId,
        investorClass: 'high_asset',
        basis: 'high_asset_investable',
        appliedOn: '2026-11-01',
        amounts: { investableAssetsTwd: 150_000_000 },
      });
      if (!applied.ok) throw new Error(applied.error.message);
      const applicationId = (applied.value as { id: string }).id;
      for (const type of ['balance_certificate', 'knowledge_experience_proof', 'signed_consent']) {
        const added = await core.invoke('classes.addEvidence', {
          applicationId,
          type,
          documentDate: '2026-10-30',
          checkedBy: '林專員',
          checkedOn: '2026-11-02',
        });
        if (!added.ok) throw new Error(added.error.message);
      }
      const activated = await core.invoke('classes.activate', { applicationId, effectiveOn: '2026-11-03' });
      if (!activated.ok) throw new Error(activated.error.message);
    } finally {
      core.close();
    }
  });
  afterAll(() => removeTempDataDir(dir));

  it('prints the class on a day and the history as JSON', async () => {
    const on = await cli(['investor-class', 'show', '--client', clientId, '--day', '2026-11-03'], vault);
    expect(on.err).toBe('');
    const shown = JSON.parse(on.out) as {
      day: string;
      investorClass: string;
      applications: { basis: string; evidence: unknown[]; activation: { effectiveOn: string } }[];
    };
    expect(shown).toMatchObject({ clientId, day: '2026-11-03', investorClass: 'high_asset' });
    expect(shown.applications).toHaveLength(1);
    expect(shown.applications[0]).toMatchObject({
      basis: 'high_asset_investable',
      activation: { effectiveOn: '2026-11-03' },
    });
    expect(shown.applications[0]!.evidence).toHaveLength(3);

    const before = await cli(['investor-class', 'show', '--client', clientId, '--day', '2026-11-02'], vault);
    expect(JSON.parse(before.out)).toMatchObject({ investorClass: 'general' });
  });

  it('refuses a bad day and an unknown client in one line', async () => {
    const badDay = await cli(['investor-class', 'show', '--client', clientId, '--day', '2026-02-30'], vault);
    expect(badDay.code).not.toBe(0);
    expect(badDay.err.trim().split('\n')).toHaveLength(1);
    expect(badDay.err).toContain('day');
    const unknown = await cli(
      ['investor-class', 'show', '--client', '7d4c5a52-5b0c-4c53-9a43-7a5f0d0e2b11'],
      vault,
    );
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toContain('NOT_FOUND');
  });
});
