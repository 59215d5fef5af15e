import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_ASSUMPTIONS,
  type AssumptionsFile,
  type AssumptionsProblem,
} from '../../../../shared/features/capital-markets';
import { parseAssumptions } from '../../../../shared/analytics';
import {
  AssumptionsRepository,
  AssumptionsService,
} from '../../../../electron/core/features/capital-markets';
import { coreKit } from '../kyc/core-kit';

const kit = coreKit('2026-11-30T02:00:00Z');

function copy(version: string, change: (file: AssumptionsFile) => void = () => undefined): AssumptionsFile {
  const file = structuredClone(BUILT_IN_ASSUMPTIONS);
  file.version = version;
  change(file);
  return file;
}

async function problemsOf(document: unknown): Promise<AssumptionsProblem[]> {
  const error = await kit.fail('assumptions.import', { document });
  expect(error.code).toBe('VALIDATION');
  return (error.details as { problems: AssumptionsProblem[] }).problems;
}

describe('capital-market assumptions', () => {
  it('has the shipped version built in and active, and it passes the engine', async () => {
    expect(() => parseAssumptions(BUILT_IN_ASSUMPTIONS)).not.toThrow();
    const list = await kit.call('assumptions.list', {});
    expect(list).toEqual([
      {
        version: BUILT_IN_ASSUMPTIONS.version,
        asOf: BUILT_IN_ASSUMPTIONS.asOf,
        source: BUILT_IN_ASSUMPTIONS.source,
        assetCount: BUILT_IN_ASSUMPTIONS.assets.length,
        importedAt: null,
        builtIn: true,
        active: true,
        activatedAt: null,
      },
    ]);
    expect(await kit.call('assumptions.get', {})).toEqual(BUILT_IN_ASSUMPTIONS);
  });

  it('imports a version without activating it, activates it, and keeps the older one readable', async () => {
    const edited = copy('2027.1', (f) => {
      f.assets[0]!.expectedReturn = 0.075;
    });
    const summary = await kit.call('assumptions.import', { document: edited });
    expect(summary).toMatchObject({ version: '2027.1', builtIn: false, active: false });
    expect((await kit.call('assumptions.get', {})).version).toBe(BUILT_IN_ASSUMPTIONS.version);

    kit.setNow('2026-12-01T02:00:00Z');
    const active = await kit.call('assumptions.activate', { version: '2027.1' });
    expect(active).toMatchObject({ active: true, activatedAt: '2026-12-01T02:00:00.000Z' });
    expect((await kit.call('assumptions.get', {})).assets[0]!.expectedReturn).toBe(0.075);
    expect(
      (await kit.call('assumptions.get', { version: BUILT_IN_ASSUMPTIONS.version })).assets[0]!
        .expectedReturn,
    ).toBe(BUILT_IN_ASSUMPTIONS.assets[0]!.expectedReturn);
    const list = await kit.call('assumptions.list', {});
    expect(list.map((s) => [s.version, s.active])).toEqual([
      [BUILT_IN_ASSUMPTIONS.version, false],
      ['2027.1', true],
    ]);
    // Back to the built-in one: the log only grows.
    await kit.call('assumptions.activate', { version: BUILT_IN_ASSUMPTIONS.version });
    expect((await kit.call('assumptions.get', {})).version).toBe(BUILT_IN_ASSUMPTIONS.version);
    const db = kit.core.session.database();
    expect(db.prepare('SELECT count(*) AS n FROM market_assumption_activations').get()).toEqual({ n: 2 });
    expect(() => db.prepare("UPDATE market_assumptions SET imported_at = 'x'").run()).toThrow(
      /never changed/,
    );

    const audit = (await kit.call('audit.list', {})).items.filter((e) => e.entity === 'assumptions');
    expect(audit.map((e) => [e.action, e.entityId])).toEqual([
      ['assumptions.activate', BUILT_IN_ASSUMPTIONS.version],
      ['assumptions.activate', '2027.1'],
      ['assumptions.import', '2027.1'],
    ]);
  });

  it('refuses a version on file, the built-in one included', async () => {
    await kit.call('assumptions.import', { document: copy('2027.1') });
    for (const version of ['2027.1', BUILT_IN_ASSUMPTIONS.version]) {
      const [problem] = await problemsOf(copy(version));
      expect(problem!['zh-TW']).toBe(`版本 ${version} 已存在，請使用新的版本名稱`);
    }
    expect(await kit.call('assumptions.list', {})).toHaveLength(2);
  });

  it("refuses a version without one of the app's asset classes, naming it; an extra class is fine", async () => {
    const withoutGold = copy('2027.2', (f) => {
      const at = f.assets.findIndex((a) => a.id === 'gold');
      f.assets.splice(at, 1);
      f.correlations.splice(at, 1);
      for (const row of f.correlations) row.splice(at, 1);
    });
    expect(await problemsOf(withoutGold)).toEqual([
      {
        'zh-TW': '資產類別 gold（黃金）：缺少：每個資產類別都須有假設',
        en: 'Asset class gold (Gold): missing: every asset class needs assumptions',
        assetId: 'gold',
        cell: null,
      },
    ]);
    const withExtra = copy('2027.3', (f) => {
      f.assets.push({ ...f.assets[0]!, id: 'commodities', currency: 'USD' });
      f.correlations.forEach((row) => row.push(0));
      f.correlations.push([...f.correlations[0]!.map(() => 0).slice(1), 1]);
    });
    expect(await kit.call('assumptions.import', { document: withExtra })).toMatchObject({
      version: '2027.3',
    });
  });

  it('keeps a shipped version a proposal names, for the releases after it', async () => {
    const repository = () => new AssumptionsRepository(kit.core.session.database());
    const now = () => Date.parse('2026-11-30T02:00:00Z');
    new AssumptionsService(repository, now).keep(BUILT_IN_ASSUMPTIONS.version);
    new AssumptionsService(repository, now).keep(BUILT_IN_ASSUMPTIONS.version); // stored once
    // This release lists its built-in version once, stored or not.
    expect((await kit.call('assumptions.list', {})).map((s) => [s.version, s.builtIn, s.importedAt])).toEqual(
      [[BUILT_IN_ASSUMPTIONS.version, true, null]],
    );

    // A later release ships another version: the old one is still found, listed as shipped.
    const later = new AssumptionsService(repository, now, copy('2028.1'));
    expect(later.byVersion(BUILT_IN_ASSUMPTIONS.version)).toEqual(BUILT_IN_ASSUMPTIONS);
    expect(later.active().version).toBe('2028.1');
    expect(later.list().map((s) => [s.version, s.builtIn, s.active])).toEqual([
      ['2028.1', true, true],
      [BUILT_IN_ASSUMPTIONS.version, true, false],
    ]);
    // Without the stored copy the old drafts' version would be gone.
    expect(() => new AssumptionsService(repository, now, copy('2028.1')).byVersion('2020.1')).toThrow(
      /no capital-market assumptions version 2020.1/,
    );
  });

  it('answers NOT_FOUND naming a version not on file', async () => {
    const get = await kit.fail('assumptions.get', { version: '1999.9' });
    expect(get).toMatchObject({ code: 'NOT_FOUND' });
    expect(get.message).toContain('1999.9');
    expect((await kit.fail('assumptions.activate', { version: '1999.9' })).code).toBe('NOT_FOUND');
  });

  it('names the asset class of a bad field, in zh-TW and English', async () => {
    const problems = await problemsOf(
      copy('bad', (f) => {
        f.assets[1]!.volatility = 0;
        f.assets[2]!.currency = 'usd';
      }),
    );
    expect(problems).toEqual([
      {
        'zh-TW': '資產類別 dm_equity（第 2 類）：波動度須大於 0 且不超過 500%',
        en: 'Asset class dm_equity (#2): volatility must be positive and at most 500%',
        assetId: 'dm_equity',
        cell: null,
      },
      {
        'zh-TW': '資產類別 em_equity（第 3 類）：幣別須為三個大寫英文字母',
        en: 'Asset class em_equity (#3): currency must be a three-letter code',
        assetId: 'em_equity',
        cell: null,
      },
    ]);
  });

  it('names the correlation cell: out of range, off the diagonal, not symmetric', async () => {
    const range = await problemsOf(
      copy('bad', (f) => {
        f.correlations[0]![1] = 1.5;
      }),
    );
    expect(range[0]).toMatchObject({
      'zh-TW': '相關係數第 1 列第 2 欄（tw_equity × dm_equity）：須為介於 -1 與 1 的數字',
      cell: [0, 1],
    });
    const asymmetric = await problemsOf(
      copy('bad', (f) => {
        f.correlations[2]![0] = 0.1;
        f.correlations[3]![3] = 0.9;
      }),
    );
    expect(asymmetric.map((p) => [p.cell, p.en])).toEqual([
      [
        [2, 0],
        `Correlation row 3, column 1 (em_equity × tw_equity): is 0.1 but row 1, column 3 is ${BUILT_IN_ASSUMPTIONS.correlations[0]![2]}: the matrix must be symmetric`,
      ],
      [[3, 3], 'Correlation row 4, column 4 (tw_gov_bond × tw_gov_bond): is 0.9; the diagonal must be 1'],
    ]);
  });

  it('refuses what only the engine sees: correlations that contradict each other', async () => {
    const problems = await problemsOf(
      copy('bad', (f) => {
        // tw_equity and dm_equity move together, dm and em together, yet tw and em oppositely.
        const set = (i: number, j: number, v: number) => {
          f.correlations[i]![j] = v;
          f.correlations[j]![i] = v;
        };
        set(0, 1, 0.95);
        set(1, 2, 0.95);
        set(0, 2, -0.95);
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!['zh-TW']).toMatch(/^相關係數矩陣不是半正定（最小特徵值 -/);
  });

  it('refuses a document that is not one, and a matrix of the wrong size', async () => {
    expect((await problemsOf({ version: 'x' })).map((p) => p['zh-TW'])).toContain('資料日期須為 YYYY-MM-DD');
    const short = await problemsOf(copy('bad', (f) => void f.correlations.pop()));
    expect(short[0]!['zh-TW']).toBe(
      `相關係數矩陣有 ${BUILT_IN_ASSUMPTIONS.assets.length - 1} 列，但有 ${BUILT_IN_ASSUMPTIONS.assets.length} 個資產類別`,
    );
    expect(await kit.call('assumptions.list', {})).toHaveLength(1);
  });
});
