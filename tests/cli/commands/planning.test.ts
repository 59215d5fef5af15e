import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunner, writeInput } from './cli-runner';
import { BUILT_IN_ASSUMPTIONS } from '../../../shared/features/capital-markets';
import { makeTempDataDir, removeTempDataDir } from '../../core/helpers/temp-dir';

const env = { ADVISORDESK_PASSPHRASE: 'planning cli test passphrase' };

describe('goals and assumptions commands', () => {
  let dir: string;
  let clientId: string;
  const cli = cliRunner(() => dir, env);
  const file = (name: string, content: unknown) => writeInput(dir, name, content);

  beforeAll(async () => {
    dir = makeTempDataDir();
    expect((await cli('init')).code).toBe(0);
    await cli(
      'clients',
      'add',
      '--name',
      '王明',
      '--national-id',
      'A123456789',
      '--birth-date',
      '1980-01-01',
    );
    const found = JSON.parse((await cli('clients', 'search', '王明', '--json')).out) as {
      items: { id: string }[];
    };
    clientId = found.items[0]!.id;
  });
  afterAll(() => removeTempDataDir(dir));

  const retirement = {
    kind: 'retirement',
    name: '退休',
    targetDate: '2045-01-01',
    amountTwd: 12_000_000,
    inTodaysMoney: true,
    priority: 'essential',
    funding: {
      initialTwd: 0,
      monthlyContributionTwd: 30_000,
      monthlyWithdrawalTwd: 50_000,
      withdrawalYears: 20,
    },
    retirementAge: 65,
    monthlySpendingTwd: 50_000,
    educationYear: null,
    notes: null,
  };

  it('adds a goal from a JSON file and lists it', async () => {
    const add = await cli('goals', 'add', '--client', clientId, '--input', file('g.json', retirement));
    expect(add.err).toBe('');
    expect(add.code).toBe(0);
    expect(JSON.parse(add.out)).toMatchObject({ clientId, kind: 'retirement', version: 1 });
    const list = JSON.parse((await cli('goals', 'list', '--client', clientId)).out) as { name: string }[];
    expect(list.map((g) => g.name)).toEqual(['退休']);
  });

  it('refuses a goal with a bad field in zh-TW, naming it, and a file that is not JSON', async () => {
    const bad = await cli(
      'goals',
      'add',
      '--client',
      clientId,
      '--input',
      file('bad.json', { ...retirement, targetDate: '2046-01-01' }),
    );
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('data.targetDate: 退休目標日期須為客戶達退休年齡之日');
    const notJson = await cli('goals', 'add', '--client', clientId, '--input', file('x.json', '{'));
    expect(notJson.err).toContain('不是有效的 JSON 檔案');
  });

  it('lists, shows, imports and activates assumption versions, refusing a bad cell by name', async () => {
    const list = JSON.parse((await cli('assumptions', 'list')).out) as { version: string; active: boolean }[];
    expect(list).toEqual([expect.objectContaining({ version: BUILT_IN_ASSUMPTIONS.version, active: true })]);

    const bad = structuredClone(BUILT_IN_ASSUMPTIONS);
    bad.version = 'firm-2027';
    bad.correlations[1]![1] = 0.5;
    const refused = await cli('assumptions', 'import', file('bad.json', bad));
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain('相關係數第 2 列第 2 欄（dm_equity × dm_equity）：為 0.5，對角線須為 1');

    bad.correlations[1]![1] = 1;
    const imported = await cli('assumptions', 'import', file('good.json', bad));
    expect(imported.out).toContain('已匯入版本 firm-2027');
    expect((await cli('assumptions', 'activate', 'firm-2027')).out).toContain('已啟用版本 firm-2027');
    const shown = JSON.parse((await cli('assumptions', 'show')).out) as { version: string };
    expect(shown.version).toBe('firm-2027');
    const older = JSON.parse(
      (await cli('assumptions', 'show', '--version', BUILT_IN_ASSUMPTIONS.version)).out,
    ) as {
      version: string;
    };
    expect(older.version).toBe(BUILT_IN_ASSUMPTIONS.version);
    const missing = await cli('assumptions', 'show', '--version', 'nope');
    expect(missing.err).toContain('NOT_FOUND');
  });
});
