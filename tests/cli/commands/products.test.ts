import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/program';
import type { CliIo } from '../../../electron/cli/cli-io';
import { makeTempDataDir, removeTempDataDir } from '../../core/helpers/temp-dir';
import { HEADER, csvRow } from '../../core/features/products/fixtures';

const env = { ADVISORDESK_PASSPHRASE: 'cli products passphrase' };

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
  const code = await runCli(['node', 'advisordesk', ...args], io, env);
  return { code, out, err };
}

describe('products commands', () => {
  let dir: string;
  const inVault = (name: string, ...args: string[]) => cli(['--data-dir', join(dir, name), ...args]);

  beforeAll(async () => {
    dir = makeTempDataDir();
    expect((await inVault('a', 'init')).code).toBe(0);
    expect((await inVault('b', 'init')).code).toBe(0);
  });
  afterAll(() => removeTempDataDir(dir));

  it('seeds the demo shelf once and lists it filtered by RR and type, as text or JSON', async () => {
    expect((await inVault('a', 'products', 'seed-demo')).out).toBe('added 60 demo products\n');
    expect((await inVault('a', 'products', 'seed-demo')).out).toContain('skipped 60 already on the shelf');
    const rr1 = await inVault('a', 'products', 'list', '--rr', 'RR1', '--json');
    const { items } = JSON.parse(rr1.out) as { items: { riskRating: number; code: string }[] };
    expect(items.length).toBeGreaterThan(2);
    expect(items.every((p) => p.riskRating === 1)).toBe(true);
    const stocks = await inVault('a', 'products', 'list', '--type', 'stock_foreign');
    expect(stocks.out).toContain('AAPL\t蘋果\t外國股票\tUSD\tRR5\t核准銷售\t示範');
    expect(stocks.out).toContain('6 of 60 products');
    const bad = await inVault('a', 'products', 'list', '--rr', '7');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('VALIDATION');
  });

  it('exports CSV and Excel (never over a file without --force) that import into another vault', async () => {
    const csv = join(dir, 'shelf.csv');
    const xlsx = join(dir, 'shelf.xlsx');
    expect((await inVault('a', 'products', 'export', '--out', csv)).out).toContain('exported 60 products');
    expect((await inVault('a', 'products', 'export', '--out', xlsx)).code).toBe(0);
    const again = await inVault('a', 'products', 'export', '--out', csv);
    expect(again.code).not.toBe(0);
    expect(again.err).toContain('--force');
    expect((await inVault('a', 'products', 'export', '--out', csv, '--force')).code).toBe(0);
    expect(readFileSync(csv, 'utf8').startsWith(`\uFEFF${HEADER}`)).toBe(true);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    const odd = await inVault('a', 'products', 'export', '--out', join(dir, 'shelf.txt'));
    expect(odd.err).toContain('csv or xlsx');
    expect(existsSync(join(dir, 'shelf.txt'))).toBe(false);

    expect((await inVault('b', 'products', 'import', xlsx)).out).toBe('imported 60 products\n');
    // The same codes again: refused row by row, nothing imported.
    const dup = await inVault('b', 'products', 'import', csv);
    expect(dup.code).not.toBe(0);
    expect(dup.err).toContain('IMPORT_INVALID');
    expect(dup.err).toContain('Another product already has this code');
    expect((await inVault('b', 'products', 'list')).out).toContain('60 of 60 products');
  });

  it('names each bad row of a refused import in one line and imports nothing', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      [
        HEADER,
        csvRow({ code: 'N1' }),
        csvRow({ code: 'N2', issuer_rr: 'RR4', rr: 'RR3' }),
        csvRow({ code: 'N3', rr: '=1+2' }),
      ].join('\n'),
    );
    const run = await inVault('b', 'products', 'import', file);
    expect(run.code).not.toBe(0);
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect(run.err).toContain(
      "line 3 rr: 公司風險等級 RR3 不得低於發行機構評等 RR4 / The firm's risk rating RR3 may not be below the issuer's RR4",
    );
    expect(run.err).toContain('line 4 rr: 儲存格是公式');
    expect((await inVault('b', 'products', 'list', '--json')).out).not.toContain('"N1"');
  });
});
