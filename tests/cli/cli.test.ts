import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import type { CliIo } from '../../electron/cli/cli-io';
import { makeTempDataDir, removeTempDataDir } from '../core/helpers/temp-dir';
import { nationalIdCheckDigit } from '../../shared/features/clients/national-id';

const PASSPHRASE = 'cli test passphrase';

interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process as `npm run cli -- …` would, capturing what it prints. */
async function cli(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
  const code = await runCli(['node', 'advisordesk', ...args], io, env);
  return { code, out, err };
}

describe('command-line interface', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const inVault = (...args: string[]) => cli(['--data-dir', join(dir, 'vault'), ...args], env);

  beforeAll(async () => {
    dir = makeTempDataDir();
    env = { ADVISORDESK_PASSPHRASE: PASSPHRASE };
    const init = await inVault('init');
    expect(init.code).toBe(0);
    expect(init.out).toMatch(/RECOVERY CODE/);
  });
  afterAll(() => removeTempDataDir(dir));

  it('refuses to init over an existing vault', async () => {
    const again = await inVault('init');
    expect(again.code).not.toBe(0);
    expect(again.err.trim().split('\n')).toHaveLength(1);
    expect(again.err).toContain('already exists');
  });

  it('adds, searches by a two-character fragment, and shows a masked client', async () => {
    const add = await inVault(
      'clients',
      'add',
      '--name',
      '王明',
      '--national-id',
      'A123456789',
      '--phone',
      '0912-345-678',
      '--asset',
      'TWD:12000000',
      '--asset',
      'USD:100000',
      '--status',
      'active',
    );
    expect(add.err).toBe('');
    expect(add.out).toContain('A12****789');
    const found = await inVault('clients', 'search', '王明', '--json');
    const page = JSON.parse(found.out) as {
      total: number;
      items: { id: string; name: string; nationalIdMasked: string }[];
    };
    expect(page.items.map((c) => c.name)).toEqual(['王明']);
    const show = await inVault('clients', 'show', page.items[0]!.id);
    expect(show.out).toContain('A12****789');
    expect(show.out).not.toContain('A123456789');
    const reveal = await inVault('clients', 'show', page.items[0]!.id, '--reveal');
    expect(reveal.out).toContain('A123456789');
  });

  it('takes the gender from the national ID unless --gender says otherwise', async () => {
    const own = (...args: string[]) => cli(['--data-dir', join(dir, 'gender'), ...args], env);
    expect((await own('init')).code).toBe(0);
    const add = async (name: string, nationalId: string, ...extra: string[]) => {
      expect((await own('clients', 'add', '--name', name, '--national-id', nationalId, ...extra)).err).toBe(
        '',
      );
      const page = JSON.parse((await own('clients', 'search', name, '--json')).out) as {
        items: { id: string }[];
      };
      return (JSON.parse((await own('clients', 'show', page.items[0]!.id)).out) as { gender: string }).gender;
    };
    expect(await add('王明', 'A123456789')).toBe('M');
    expect(await add('林芳', 'B201234568')).toBe('F');
    expect(await add('陳美玲', 'F231104095', '--gender', 'X')).toBe('X');
  });

  it('gives one line and a non-zero exit for bad input', async () => {
    const bad = await inVault('clients', 'add', '--name', '林芳', '--national-id', 'A123456788');
    expect(bad.code).toBe(1);
    expect(bad.err.trim().split('\n')).toHaveLength(1);
    expect(bad.err).toContain('nationalId: 身分證字號檢查碼錯誤 / National ID check digit is wrong');
    const badCount = await inVault('seed-demo', '--clients', 'many');
    expect(badCount.code).toBe(1);
    const noVault = await cli(['--data-dir', join(dir, 'nowhere'), 'clients', 'list'], env);
    expect(noVault.err).toMatch(/no vault .* run init first/);
  });

  it('refuses a wrong passphrase with VAULT_BAD_PASSPHRASE', async () => {
    const wrong = await cli(['--data-dir', join(dir, 'vault'), 'clients', 'list'], {
      ADVISORDESK_PASSPHRASE: 'not it at all',
    });
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('VAULT_BAD_PASSPHRASE');
  });

  it('seeds demo clients, exports them masked, and re-imports a full export', async () => {
    // The vault holds a real client: demo data goes in only when forced.
    const refusedSeed = await inVault('seed-demo', '--clients', '30', '--seed', '5');
    expect(refusedSeed.code).toBe(1);
    expect(refusedSeed.err).toContain('REAL_CLIENTS_PRESENT');
    expect((await inVault('seed-demo', '--clients', '30', '--seed', '5', '--force')).out).toContain(
      'added 30',
    );
    // The same seed again makes the same national IDs, which are already on file.
    expect((await inVault('seed-demo', '--clients', '30', '--seed', '5', '--force')).out).toContain(
      'added 0',
    );
    const masked = join(dir, 'masked.csv');
    writeFileSync(masked, 'an older, world-readable file', { mode: 0o644 });
    const notReplaced = await inVault('clients', 'export', '--out', masked);
    expect(notReplaced.err).toContain(`${masked} already exists; use --force`);
    expect(readFileSync(masked, 'utf8')).toBe('an older, world-readable file');
    expect((await inVault('clients', 'export', '--out', masked, '--force')).out).toContain('exported 31');
    expect(statSync(masked).mode & 0o777).toBe(0o600);
    expect(readFileSync(masked, 'utf8')).not.toContain('A123456789');
    const refused = await inVault('clients', 'import', masked);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('IMPORT_INVALID');

    const full = join(dir, 'full.csv');
    await inVault('clients', 'export', '--out', full, '--include-national-id');
    const other = (...args: string[]) => cli(['--data-dir', join(dir, 'other'), ...args], env);
    expect((await other('init')).code).toBe(0);
    expect((await other('clients', 'import', full)).out).toContain('imported 31');
    const list = JSON.parse((await other('clients', 'list', '--json', '--limit', '500')).out) as {
      total: number;
    };
    expect(list.total).toBe(31);
  });

  it('names the folder the user gave when it does not exist, not a temporary file', async () => {
    const missing = join(dir, 'no-such-folder', 'out.csv');
    const run = await inVault('clients', 'export', '--out', missing);
    expect(run.code).toBe(1);
    expect(run.err).toContain(join(dir, 'no-such-folder'));
    expect(run.err).not.toMatch(/\.tmp/);
  });

  it('seeds an empty vault without --force, and purge-demo removes demo clients only', async () => {
    const own = (...args: string[]) => cli(['--data-dir', join(dir, 'demo-vault'), ...args], env);
    expect((await own('init')).code).toBe(0);
    expect((await own('seed-demo', '--clients', '12')).out).toContain('added 12');
    expect((await own('clients', 'add', '--name', '林芳', '--national-id', 'F131104093')).code).toBe(0);
    expect((await own('clients', 'purge-demo')).out).toContain('removed 12');
    const left = JSON.parse((await own('clients', 'list', '--json')).out) as { items: { name: string }[] };
    expect(left.items.map((c) => c.name)).toEqual(['林芳']);
    expect(JSON.parse((await own('clients', 'search', '王', '--json')).out)).toMatchObject({ total: 0 });
  });

  it('reads --asset and --income amounts the way the CSV import does (500萬, 1.2億, separators)', async () => {
    const nationalId = `B2${'1234567'}${nationalIdCheckDigit('B21234567')}`;
    const add = await inVault(
      'clients',
      'add',
      '--name',
      '陳美玲',
      '--national-id',
      nationalId,
      '--asset',
      'TWD:500萬',
      '--asset',
      'USD:1,200',
      '--asset',
      'JPY：0.1億',
      '--income',
      '120萬',
    );
    expect(add.err).toBe('');
    const found = JSON.parse((await inVault('clients', 'search', '陳美玲', '--json')).out) as {
      items: { id: string; totalAssetsTwd: { twd: number; missing: string[] } }[];
    };
    const client = JSON.parse((await inVault('clients', 'show', found.items[0]!.id)).out) as {
      investableAssets: unknown;
      annualIncomeTwd: number;
    };
    expect(client.investableAssets).toEqual(
      expect.arrayContaining([
        { currency: 'TWD', amount: 5_000_000 },
        { currency: 'USD', amount: 1_200 },
        { currency: 'JPY', amount: 10_000_000 },
      ]),
    );
    expect(client.annualIncomeTwd).toBe(1_200_000);
    // 5,000,000 + 1,200 × 30.6 + 10,000,000 × 0.2 = 7,036,720: written with 萬, no ".00".
    expect((await inVault('clients', 'search', '陳美玲')).out).toContain('NT$703.67 萬');

    const unreadable = await inVault(
      'clients',
      'add',
      '--name',
      '林芳',
      '--national-id',
      nationalId,
      '--asset',
      'TWD:五百萬',
    );
    expect(unreadable.code).toBe(1);
    expect(unreadable.err.trim().split('\n')).toHaveLength(1);
    expect(unreadable.err).toContain('--asset');
  });

  it('writes the dossier PDF with the Chinese text and verifies the database', async () => {
    const page = JSON.parse((await inVault('clients', 'search', '王明', '--json')).out) as {
      items: { id: string }[];
    };
    const pdf = join(dir, 'dossier.pdf');
    expect((await inVault('dossier-pdf', page.items[0]!.id, '--out', pdf)).code).toBe(0);
    expect((await inVault('dossier-pdf', page.items[0]!.id, '--out', pdf)).err).toContain('already exists');
    const text = execFileSync('pdftotext', [pdf, '-']).toString();
    expect(text).toContain('王明');
    expect(text).toContain('A12****789');
    const verify = await inVault('verify', '--json');
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.out)).toMatchObject({ integrity: 'ok' });
  });

  it('changes the passphrase: the old one stops working, the new one works', async () => {
    const next = 'the new cli passphrase';
    const change = await cli(['--data-dir', join(dir, 'vault'), 'passphrase', 'change'], {
      ...env,
      ADVISORDESK_NEW_PASSPHRASE: next,
    });
    expect(change.out).toContain('passphrase changed');
    expect((await inVault('clients', 'list')).err).toContain('VAULT_BAD_PASSPHRASE');
    const ok = await cli(['--data-dir', join(dir, 'vault'), 'clients', 'list'], {
      ADVISORDESK_PASSPHRASE: next,
    });
    expect(ok.code).toBe(0);
  });
});
