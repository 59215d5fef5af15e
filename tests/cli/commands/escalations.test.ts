import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunner } from './cli-runner';
import { makeTempDataDir, removeTempDataDir } from '../../core/helpers/temp-dir';

const env = { ADVISORDESK_PASSPHRASE: 'escalations cli test passphrase' };

describe('feedback and escalations commands', () => {
  let dir: string;
  let clientId: string;
  const cli = cliRunner(() => dir, env);

  beforeAll(async () => {
    dir = makeTempDataDir();
    expect((await cli('init')).code).toBe(0);
    await cli('clients', 'add', '--name', '王明', '--national-id', 'A123456789');
    const found = JSON.parse((await cli('clients', 'search', '王明', '--json')).out) as {
      items: { id: string }[];
    };
    clientId = found.items[0]!.id;
  });
  afterAll(() => removeTempDataDir(dir));

  it('logs feedback under tags and reports it by tag and month', async () => {
    const add = await cli(
      'feedback',
      'add',
      '--client',
      clientId,
      '--topic',
      'market_view',
      '--tags',
      'fx, rates',
      '--summary',
      '擔心升息',
      '--received',
      '2026-10-05',
    );
    expect(add.err).toBe('');
    expect(JSON.parse(add.out)).toMatchObject({ tags: ['fx', 'rates'], clientName: '王明' });
    const report = JSON.parse(
      (await cli('feedback', 'report', '--from', '2026-10-01', '--to', '2026-11-30')).out,
    ) as {
      months: string[];
      rows: { tag: string; byMonth: number[] }[];
    };
    expect(report.months).toEqual(['2026-10', '2026-11']);
    expect(report.rows.map((r) => [r.tag, r.byMonth])).toEqual([
      ['fx', [1, 0]],
      ['rates', [1, 0]],
    ]);
    const badTag = await cli(
      'feedback',
      'add',
      '--client',
      clientId,
      '--topic',
      'product',
      '--tags',
      'crypto',
      '--summary',
      'x',
    );
    expect(badTag.code).not.toBe(0);
    expect(badTag.err).toContain('--tags 須為');
  });

  it('raises an escalation, records actions and resolves it', async () => {
    const raised = await cli(
      'escalations',
      'raise',
      '--client',
      clientId,
      '--kind',
      'misappropriation',
      '--severity',
      'critical',
      '--description',
      '客戶帳戶出現非本人授權的轉出',
      '--told',
      '法遵主管',
    );
    expect(raised.err).toBe('');
    const escalation = JSON.parse(raised.out) as {
      id: string;
      state: string;
      dueAt: string;
      raisedAt: string;
    };
    expect(Date.parse(escalation.dueAt) - Date.parse(escalation.raisedAt)).toBe(4 * 3_600_000);
    const acted = await cli(
      'escalations',
      'act',
      escalation.id,
      '--text',
      '已凍結帳戶',
      '--state',
      'resolved',
    );
    expect(JSON.parse(acted.out)).toMatchObject({ state: 'resolved', actions: [{ text: '已凍結帳戶' }] });
    const open = JSON.parse((await cli('escalations', 'list', '--state', 'open')).out) as unknown[];
    expect(open).toEqual([]);
    const missing = await cli(
      'escalations',
      'act',
      '00000000-0000-4000-8000-000000000000',
      '--text',
      'x',
      '--state',
      'resolved',
    );
    expect(missing.err).toContain('找不到異常通報');
  });
});
