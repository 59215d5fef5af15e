import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunner, writeInput } from './cli-runner';
import { createCore } from '../../../electron/core/app';
import { DEFAULT_QUESTIONNAIRE } from '../../../shared/features/kyc';
import type { Channel } from '../../../shared/ipc/contract';
import { clientData } from '../../core/db/fixtures';
import { makeTempDataDir, removeTempDataDir } from '../../core/helpers/temp-dir';
import { productInput } from '../../core/features/products/fixtures';
import { modest } from '../../shared/features/kyc/fixtures';

const PASSPHRASE = 'proposals cli test passphrase';
const env = { ADVISORDESK_PASSPHRASE: PASSPHRASE };
const ELDERLY_ANSWERS = {
  q_elderly_purpose: 'wealth',
  q_elderly_helper: 'self',
  q_elderly_wellbeing: 'none',
};

describe('proposals commands', () => {
  let dir: string;
  const clients = { middle: '', elderly: '' };
  const cli = cliRunner(() => dir, env);
  const file = (name: string, content: unknown) => writeInput(dir, name, content);
  const content = (items: unknown[]) => ({
    kind: 'allocation',
    title: '退休準備建議書',
    assumptionsVersion: '2026.1',
    target: { source: 'manual' },
    items,
    newMoneyTwd: 3_000_000,
  });
  /** Four products of 25% each: inside the one-product (30%) and one-issuer (50%) limits. */
  const PRODUCTS = [
    ['CB1', 'tw_gov_bond', '甲發行'],
    ['CB2', 'twd_cash', '乙發行'],
    ['CB3', 'global_ig_bond', '丙發行'],
    ['CB4', 'usd_cash', '丁發行'],
  ] as const;
  const quarters = (rationale: string | null = null) =>
    PRODUCTS.map(([code, assetClass]) => ({ code, assetClass, weight: 0.25, rationale }));

  /** Two clients with a confirmed KYC (one 65+) and four approved RR1 products, made through the core. */
  beforeAll(async () => {
    dir = makeTempDataDir();
    expect((await cli('init')).code).toBe(0);
    const core = createCore({ dataDir: join(dir, 'vault'), logError: () => undefined, osUser: 'tester' });
    const value = async (channel: Channel, input: unknown) => {
      const result = await core.invoke(channel, input);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as { id: string; version: number; takenOn: string };
    };
    await value('vault.unlock', { passphrase: PASSPHRASE });
    for (const [key, birthDate, name] of [
      ['middle', '1975-03-01', '陳小明'],
      ['elderly', '1950-05-05', '林老先生'],
    ] as const) {
      const { nationalId, ...data } = clientData({ birthDate, name });
      clients[key] = (await value('clients.create', { data: { ...data, nationalId } })).id;
      const answers =
        key === 'elderly'
          ? { ...modest(DEFAULT_QUESTIONNAIRE), ...ELDERLY_ANSWERS }
          : modest(DEFAULT_QUESTIONNAIRE);
      const a = await value('kyc.take', { clientId: clients[key], answers });
      await value('kyc.confirm', { assessmentId: a.id, method: 'seal', on: a.takenOn });
    }
    for (const [code, assetClass, issuer] of PRODUCTS) {
      const p = await value('products.create', {
        data: productInput({ code, assetClass, issuer, riskRating: 1, issuerRiskRating: 1 }),
      });
      await value('products.setState', { id: p.id, version: p.version, state: 'approved' });
    }
    core.close();
  });
  afterAll(() => removeTempDataDir(dir));

  it('exits 2 on input it cannot use, naming the field', async () => {
    const notJson = await cli(
      'proposals',
      'create',
      '--client',
      clients.middle,
      '--input',
      file('bad.json', '{'),
    );
    expect(notJson.code).toBe(2);
    const uneven = await cli(
      'proposals',
      'create',
      '--client',
      clients.middle,
      '--input',
      file('uneven.json', content([{ ...quarters()[0], weight: 0.7 }, ...quarters().slice(1)])),
    );
    expect(uneven.code).toBe(2);
    expect(uneven.err).toContain('items: 各商品配置比例合計須為 100%');
    const unknown = await cli(
      'proposals',
      'create',
      '--client',
      clients.middle,
      '--input',
      file('unknown.json', content([{ ...quarters()[0], code: 'NOPE' }, ...quarters().slice(1)])),
    );
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('items.0.code');
    expect((await cli('proposals', 'show', 'not-an-id')).code).toBe(2);
  });

  it('creates, presents, prints, accepts in part and reports', async () => {
    const created = await cli(
      'proposals',
      'create',
      '--client',
      clients.middle,
      '--input',
      file('ok.json', content(quarters())),
    );
    expect(created.err).toBe('');
    const proposal = JSON.parse(created.out) as { id: string; number: string; state: string };
    expect(proposal.state).toBe('draft');
    expect(proposal.number).toMatch(/^P\d{7}-\d{3}$/);

    const presented = await cli('proposals', 'present', proposal.id);
    expect(presented.err).toBe('');
    expect(presented.code).toBe(0);
    const shown = JSON.parse((await cli('proposals', 'show', proposal.id)).out) as {
      state: string;
      pdfSha256: string;
    };
    expect(shown.state).toBe('presented');

    const out = join(dir, 'p.pdf');
    expect((await cli('proposals', 'pdf', proposal.id, '--out', out)).code).toBe(0);
    expect(createHash('sha256').update(readFileSync(out)).digest('hex')).toBe(shown.pdfSha256);

    const noReason = await cli('proposals', 'accept', proposal.id, '--products', 'CB1');
    expect(noReason.code).toBe(2);
    expect(noReason.err).toContain('reason');
    const partly = await cli(
      'proposals',
      'accept',
      proposal.id,
      '--products',
      'CB1',
      '--reason',
      '先投入債券',
    );
    expect(partly.code).toBe(0);
    expect(JSON.parse(partly.out)).toMatchObject({ state: 'partly_accepted' });

    const listed = JSON.parse((await cli('proposals', 'list', '--client', clients.middle)).out) as unknown[];
    expect(listed).toHaveLength(1);
    const today = new Date().toISOString().slice(0, 10);
    const report = await cli('proposals', 'report', '--from', '2020-01-01', '--to', '2099-12-31');
    expect(JSON.parse(report.out)).toMatchObject({
      totals: { presented: 1, partlyAccepted: 1, aumAddedTwd: 750_000 },
    });
    const csv = join(dir, `report-${today}.csv`);
    expect(
      (await cli('proposals', 'report', '--from', '2020-01-01', '--to', '2099-12-31', '--csv', csv)).code,
    ).toBe(0);
    expect(readFileSync(csv, 'utf8')).toContain('合計,合計,1,0,1,0,0,100.0%,750000');
  });

  it('exits 3 naming each reason when the rules refuse presenting, and declines with a reason', async () => {
    const created = await cli(
      'proposals',
      'create',
      '--client',
      clients.elderly,
      '--input',
      file('old.json', content(quarters())),
    );
    const { id } = JSON.parse(created.out) as { id: string };
    const refused = await cli('proposals', 'present', id);
    expect(refused.code).toBe(3);
    expect(refused.err).toContain('CB1：缺少推介理由');
    expect(refused.err).toContain('CB4：缺少推介理由');
    expect(JSON.parse(refused.out)).toMatchObject({ refused: expect.any(Array) });

    const fixed = await cli(
      'proposals',
      'create',
      '--client',
      clients.elderly,
      '--input',
      file('old2.json', content(quarters('保守穩健，符合退休需求'))),
    );
    const second = JSON.parse(fixed.out) as { id: string };
    expect((await cli('proposals', 'present', second.id)).code).toBe(0);
    expect((await cli('proposals', 'decline', second.id)).code).not.toBe(0);
    const declined = await cli('proposals', 'decline', second.id, '--reason', '想再考慮');
    expect(JSON.parse(declined.out)).toMatchObject({ state: 'declined' });
  });

  it('writes every presented proposal into a folder, with progress that names numbers, not clients', async () => {
    const folder = join(dir, 'all');
    mkdirSync(folder);
    const run = await cli('proposals', 'pdf', '--all-presented', '--out', folder);
    expect(run.code).toBe(0);
    const lines = run.err.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines[0]).toMatch(/^1\/\d+ P\d{7}-\d{3}$/);
    expect(run.err).not.toContain('陳小明');
    expect(run.err).not.toContain('林老先生');
    const written = JSON.parse(run.out) as { written: number };
    expect(readdirSync(folder)).toHaveLength(written.written);
    expect((await cli('proposals', 'pdf', '--out', folder)).code).toBe(2);
  });
});
