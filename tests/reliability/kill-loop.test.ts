import { expect, it } from 'vitest';
import { runKillLoop } from './kill-loop';

// The quick SIGKILL loop of `npm test`; `npm run reliability` runs the long one (≥ 200 kills).
it('20 SIGKILLs during import, client add, passphrase change and backup lose nothing acknowledged, leave no partial import and no verify failure', async () => {
  const figures = await runKillLoop({ kills: 20, importRows: 300, seed: 20_261_130 });
  expect(figures.findings).toEqual([]);
  const kills = figures.scenarios.reduce((total, s) => total + s.kills, 0);
  expect(kills).toBe(20);
  // The loop really checks something: kills landed while the -wal grew, and successes were printed.
  const sum = (key: 'killsWhileWalGrew' | 'acknowledged') =>
    figures.scenarios.reduce((total, s) => total + s[key], 0);
  expect(sum('killsWhileWalGrew')).toBeGreaterThan(0);
  expect(sum('acknowledged')).toBeGreaterThan(0);
  for (const s of figures.scenarios) {
    expect([s.acknowledgedLost, s.partialImports, s.verifyFailures, s.passphraseSplits]).toEqual([
      0, 0, 0, 0,
    ]);
  }
}, 600_000);
