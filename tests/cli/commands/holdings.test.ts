import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunner } from './cli-runner';
import type { HoldingsState } from '../../../shared/features/holdings';
import { makeTempDataDir, removeTempDataDir } from '../../core/helpers/temp-dir';

const env = { ADVISORDESK_PASSPHRASE: 'cli holdings passphrase' };
const SAMPLE = resolve(import.meta.dirname, '../../../resources/samples/holdings-sample.csv');

describe('holdings commands', () => {
  let dir: string;
  let clientId: string;

  const cli = cliRunner(() => dir, env);

  beforeAll(async () => {
    dir = makeTempDataDir();
    expect((await cli('init')).code).toBe(0);
    const added = await cli('clients', 'add', '--name', '陳持有', '--national-id', 'A123456789');
    clientId = /added (\S+)/.exec(added.out)![1]!;
  });
  afterAll(() => removeTempDataDir(dir));

  it('imports the sample file, lists it as JSON, and refuses to replace it without --force', async () => {
    const imported = await cli('holdings', 'import', '--client', clientId, SAMPLE);
    expect(imported).toMatchObject({ code: 0, out: 'imported 5 positions and 2 cash lines\n' });
    const listed = JSON.parse((await cli('holdings', 'list', '--client', clientId)).out) as HoldingsState;
    expect(listed.version).toBe(1);
    expect(listed.valuation.positions.map((p) => p.custodian)).toEqual([
      'domestic',
      'domestic',
      'sub_brokerage',
      'trust',
      'bank',
    ]);
    expect(listed.valuation.cash).toContainEqual(
      expect.objectContaining({ currency: 'TWD', amount: 3_000_000 }),
    );
    expect(listed.valuation.totalTwd).toBeGreaterThan(3_000_000);

    const again = await cli('holdings', 'import', '--client', clientId, SAMPLE);
    expect(again.code).not.toBe(0);
    expect(again.err).toContain('--force');
    expect(again.err).toContain('客戶已有');
    expect((await cli('holdings', 'import', '--client', clientId, SAMPLE, '--force')).code).toBe(0);
  });

  it('names the bad row and field of a refused file in zh-TW and English, and imports nothing', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, '類型,商品代號,帳戶別,數量,價格,價格日期\n部位,NOPE,國內,1,1,2026-11-20\n');
    const run = await cli('holdings', 'import', '--client', clientId, file, '--force');
    expect(run.code).not.toBe(0);
    expect(run.err).toContain('IMPORT_INVALID');
    expect(run.err).toContain(
      'line 2 商品代號: 商品代號不在商品架上 / No product with this code on the shelf',
    );
    const listed = JSON.parse((await cli('holdings', 'list', '--client', clientId)).out) as HoldingsState;
    expect(listed.valuation.positions).toHaveLength(5);
    const odd = await cli('holdings', 'import', '--client', clientId, join(dir, 'x.txt'));
    expect(odd.err).toContain('.csv');
  });

  it('exports CSV (never over a file without --force)', async () => {
    const out = join(dir, 'holdings.csv');
    expect((await cli('holdings', 'export', '--client', clientId, '--out', out)).out).toContain(
      'exported 7 rows',
    );
    expect(readFileSync(out, 'utf8')).toContain('複委託');
    expect((await cli('holdings', 'export', '--client', clientId, '--out', out)).code).not.toBe(0);
    const unknown = await cli('holdings', 'list', '--client', 'not-an-id');
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toContain('識別碼格式錯誤 / Malformed identifier');
  });
});
