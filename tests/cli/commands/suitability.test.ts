import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/app';
import type { CliIo } from '../../../electron/cli/cli-io';
import { CliError } from '../../../electron/cli/cli-io';
import { CHECK_EXIT_CODES, registerSuitabilityCommands } from '../../../electron/cli/commands/suitability';
import { runCli, type CliContext } from '../../../electron/cli/program';
import { checkSuitability, type SuitabilityCheck } from '../../../shared/features/suitability';
import { DEFAULT_QUESTIONNAIRE } from '../../../shared/features/kyc';
import { makeTempDataDir, removeTempDataDir } from '../../core/helpers/temp-dir';
import { modest } from '../../shared/features/kyc/fixtures';
import { DAY, diversified, facts, profile, rules } from '../../shared/features/suitability/fixtures';

const CLIENT_ID = '0f8e3c1a-1111-4222-8333-444455556666';

interface Run {
  code: number;
  out: string;
  err: string;
}

function capture() {
  const run = { out: '', err: '' };
  const io: CliIo = { out: (t) => (run.out += `${t}\n`), err: (t) => (run.err += `${t}\n`) };
  return { run, io };
}

describe('suitability check on the command line', () => {
  let dir: string;
  const env = { ADVISORDESK_PASSPHRASE: 'cli suitability passphrase' };
  const inVault = async (...args: string[]): Promise<Run> => {
    const { run, io } = capture();
    const code = await runCli(['node', 'advisordesk', '--data-dir', join(dir, 'vault'), ...args], io, env);
    return { code, ...run };
  };
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  beforeAll(async () => {
    dir = makeTempDataDir();
    expect((await inVault('init')).code).toBe(0);
  });
  afterAll(() => removeTempDataDir(dir));

  it('exits 2 for input it cannot read, naming the item and field in zh-TW and English', async () => {
    const cases: [string, string][] = [
      ['notjson.json', '{items: ['],
      ['shape.json', '{"products": []}'],
      ['fields.json', '{"items": [{"productId": "a", "weightPercent": 50}, {"productId": "b"}]}'],
    ];
    const runs = await Promise.all(
      cases.map(([name, text]) =>
        inVault('suitability', 'check', '--client', CLIENT_ID, '--input', file(name, text)),
      ),
    );
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2]);
    expect(runs[0]!.err).toContain('不是有效的 JSON');
    expect(runs[2]!.err).toContain('items.1.weightPercent: 此欄位為必填 / This field is required');
    const missing = await inVault(
      'suitability',
      'check',
      '--client',
      CLIENT_ID,
      '--input',
      join(dir, 'none.json'),
    );
    expect(missing.code).toBe(2);
    const badId = await inVault(
      'suitability',
      'check',
      '--client',
      'nobody',
      '--input',
      file('ok.json', '[]'),
    );
    expect(badId).toMatchObject({ code: 2 });
    expect(badId.err).toContain('--client: 識別碼格式錯誤');
  });

  it('checks a real client against the demo shelf by shelf codes: 4 blocked, 3 needs approval, 0 suitable', async () => {
    const added = await inVault(
      'clients',
      'add',
      '--name',
      '王明',
      '--national-id',
      'A123456789',
      '--birth-date',
      '1980-01-01',
    );
    expect(added.code).toBe(0);
    const clientId = /Added ([0-9a-f-]{36})/i.exec(added.out)![1]!;
    expect((await inVault('products', 'seed-demo')).code).toBe(0);
    const answers = file('answers.json', JSON.stringify({ answers: modest(DEFAULT_QUESTIONNAIRE) }));
    expect((await inVault('kyc', 'take', '--client', clientId, '--answers', answers)).code).toBe(0);
    const check = (name: string, items: unknown[]) =>
      inVault('suitability', 'check', '--client', clientId, '--input', file(name, JSON.stringify({ items })));
    const bonds = [
      { code: 'KL002', weightPercent: 30 },
      { code: 'DF003', weightPercent: 30 },
      { code: 'HH004', weightPercent: 20 },
      { code: 'BT003', weightPercent: 20 },
    ];

    // Taken but not confirmed by the client: nothing may be recommended.
    const unconfirmed = await check('bonds.json', bonds);
    expect(unconfirmed.code).toBe(4);
    expect((JSON.parse(unconfirmed.out) as SuitabilityCheck).findings.map((f) => f.code)).toContain(
      'kyc_unconfirmed',
    );

    expect((await inVault('kyc', 'confirm', '--client', clientId, '--method', 'signature')).code).toBe(0);
    const suitable = await check('bonds.json', bonds);
    expect(suitable.err).toBe('');
    expect(suitable.code).toBe(0);
    expect((JSON.parse(suitable.out) as SuitabilityCheck).products.map((p) => p.code)).toEqual([
      'KL002',
      'DF003',
      'HH004',
      'BT003',
    ]);

    // A C2 client offered an RR5 fund: outside the grade, needs a supervisor's approval.
    const withRr5 = await check('rr5.json', [...bonds.slice(1), { code: 'HH001', weightPercent: 30 }]);
    expect(withRr5.code).toBe(3);
    const unknown = await check('unknown.json', [{ code: 'NOPE', weightPercent: 100 }]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('items.0.code: 商品架上沒有代號 NOPE');
  });

  it('exits 1 naming NOT_FOUND for a client the vault does not hold', async () => {
    const input = file('one.json', JSON.stringify({ items: [{ productId: 'p-1', weightPercent: 100 }] }));
    const run = await inVault('suitability', 'check', '--client', CLIENT_ID, '--input', input);
    expect(run.code).toBe(1);
    expect(run.err).toContain('NOT_FOUND');
  });
});

/** The command over a core that answers the check with the real engine's verdict for a scripted client. */
async function checkWith(result: SuitabilityCheck, dir: string): Promise<Run & { sent: unknown[] }> {
  const sent: unknown[] = [];
  const core = {
    invoke: async (_channel: string, input: unknown) => {
      sent.push(input);
      return { ok: true, value: result };
    },
  } as unknown as Core;
  const { run, io } = capture();
  const program = new Command('advisordesk').exitOverride();
  const context = { io, env: {}, openCore: async () => core, group: (name: string) => program.command(name) };
  registerSuitabilityCommands(program, context as unknown as CliContext);
  const input = join(dir, 'items.json');
  writeFileSync(input, JSON.stringify([{ productId: 'p-1', weightPercent: 40, rationale: '退休規劃' }]));
  let code = 0;
  try {
    await program.parseAsync([
      'node',
      'advisordesk',
      'suitability',
      'check',
      '--client',
      CLIENT_ID,
      '--input',
      input,
    ]);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    code = error.exitCode;
  }
  return { code, ...run, sent };
}

describe('suitability check exit codes by verdict', () => {
  let dir: string;
  beforeAll(() => (dir = makeTempDataDir()));
  afterAll(() => removeTempDataDir(dir));

  const verdictFor = (level: number | null, rr: number): SuitabilityCheck => ({
    ...checkSuitability({
      day: DAY,
      client: facts({ profile: level === null ? null : profile(level) }),
      items: diversified({ riskRating: rr }),
      settings: rules(),
    }),
    checkId: 'c-1',
    clientId: CLIENT_ID,
    checkedOn: DAY,
  });

  it.each([
    { name: 'suitable', level: 5, rr: 1, code: CHECK_EXIT_CODES.ok },
    { name: 'needs approval', level: 1, rr: 3, code: CHECK_EXIT_CODES.needs_approval },
    { name: 'blocked (no KYC)', level: null, rr: 1, code: CHECK_EXIT_CODES.blocked },
  ])('$name exits $code and prints the findings as JSON', async ({ level, rr, code }) => {
    const expected = verdictFor(level, rr);
    const run = await checkWith(expected, dir);
    expect(run.code).toBe(code);
    expect(JSON.parse(run.out)).toEqual(expected);
    expect(run.sent).toEqual([
      {
        clientId: CLIENT_ID,
        items: [{ productId: 'p-1', weightPercent: 40, rationale: '退休規劃', clientInitiated: false }],
      },
    ]);
  });
});
