import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStressScenarios } from '../../../electron/core/analytics/stress-scenarios';
import { RESOURCES } from '../../shared/analytics/fixtures';

describe('shipped stress scenarios', () => {
  it('reads the seven scenarios once per process', () => {
    const first = loadStressScenarios(RESOURCES);
    expect(first.scenarios.map((s) => s.id)).toEqual([
      'gfc_2008',
      'twd_china_2015',
      'covid_2020',
      'rate_shock_2022',
      'taiex_minus_30',
      'usdtwd_minus_10',
      'rates_plus_200bp',
    ]);
    expect(loadStressScenarios(RESOURCES)).toBe(first);
  });

  it('refuses a file that is not a scenarios file, naming the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
    writeFileSync(
      join(dir, 'stress-scenarios.json'),
      JSON.stringify({ version: '1', asOf: 'x', source: 's', scenarios: [] }),
    );
    expect(() => loadStressScenarios(dir)).toThrow(/scenarios/);
  });
});
