import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunner, writeInput } from './cli-runner';
import { makeTempDataDir, removeTempDataDir } from '../../core/helpers/temp-dir';

const env = { ADVISORDESK_PASSPHRASE: 'cli market passphrase' };

describe('market commands', () => {
  let dir: string;
  const cli = cliRunner(() => dir, env);

  beforeAll(async () => {
    dir = makeTempDataDir();
    expect((await cli('init')).code).toBe(0);
  });
  afterAll(() => removeTempDataDir(dir));

  it('imports a file, reports what changed per series, and changes nothing the second time', async () => {
    const file = writeInput(
      dir,
      'fx.csv',
      '日期,USDTWD,JPYTWD\n115/11/26,"31.50",0.2031\n115/11/27,31.62,0.2040\n',
    );
    const first = await cli('market', 'import', file);
    expect(first).toMatchObject({ code: 0 });
    expect(first.out).toBe(
      'imported 4 points (csv, wide, utf-8): 4 added, 0 corrected, 0 unchanged\n' +
        '  USDTWD (new): 2 added, 0 corrected, 0 unchanged\n' +
        '  JPYTWD (new): 2 added, 0 corrected, 0 unchanged\n',
    );
    const again = await cli('market', 'import', file, '--encoding', 'utf-8');
    expect(again.out).toContain('0 added, 0 corrected, 4 unchanged');
  });

  it('names the line and column of a bad row in zh-TW and English', async () => {
    const file = writeInput(dir, 'bad.csv', 'series,date,value\nTAIEX,2026-11-27,abc\n');
    const run = await cli('market', 'import', file);
    expect(run.code).not.toBe(0);
    expect(run.err).toContain('IMPORT_INVALID');
    expect(run.err).toContain('line 2 value: 請輸入有效數字 / Enter a valid number');
    expect((await cli('market', 'import', file, '--encoding', 'latin1')).err).toContain('--encoding');
  });

  it('lists the series and shows one with its points in a range', async () => {
    const list = await cli('market', 'series', 'list');
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/^as of \d{4}-\d{2}-\d{2}\n/);
    expect(list.out).toContain('USDTWD\t美元兌新臺幣\t匯率\t2026-11-27\t31.62\t2\t');
    const shown = await cli('market', 'series', 'show', 'usdtwd', '--from', '2026-11-27');
    const parsed = JSON.parse(shown.out) as { series: { code: string }; points: unknown[] };
    expect(parsed.series.code).toBe('USDTWD');
    expect(parsed.points).toEqual([{ date: '2026-11-27', value: 31.62 }]);
    const missing = await cli('market', 'series', 'show', 'NOPE');
    expect(missing.err).toContain('NOT_FOUND');
  });

  it('loads the sample series', async () => {
    const run = await cli('market', 'sample');
    expect(run.out).toMatch(
      /^loaded \d+ sample series, \d+ points\nleft alone \(real data\): USDTWD, JPYTWD\n$/,
    );
    expect((await cli('market', 'series', 'list')).out).toMatch(/TAIEX\t.*範例資料/);
  });
});
