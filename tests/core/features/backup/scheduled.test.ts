import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/app';
import { makeTempDataDir, removeTempDataDir } from '../../helpers/temp-dir';
import { value, vaultWithClients } from './fixtures';

describe('scheduled backups run by the clock and rotate', () => {
  let dir: string;
  let core: Core;
  const clock = { now: Date.parse('2026-11-01T01:00:00Z') };

  beforeEach(async () => {
    dir = makeTempDataDir('advisordesk-scheduled-');
    core = (await vaultWithClients(join(dir, 'vault'), clock)).core;
    value(
      await core.invoke('settings.update', {
        backup: {
          folder: null,
          schedule: 'daily',
          keep: { daily: 3, weekly: 2, monthly: 12 },
          reminderDays: 7,
        },
      }),
    );
  });
  afterEach(() => {
    core.close();
    removeTempDataDir(dir);
  });

  it('one backup per day however often it ticks; after 20 days the rotation keeps 3 days, 2 weeks, the months', async () => {
    for (let day = 0; day < 20; day += 1) {
      expect(await core.backup.runScheduledIfDue()).not.toBeNull();
      clock.now += 6 * 3_600_000;
      expect(await core.backup.runScheduledIfDue()).toBeNull();
      clock.now += 18 * 3_600_000;
    }
    const files = readdirSync(join(dir, 'vault', 'backups')).sort();
    // Days 11-01 … 11-20 (09:00 Taipei). Kept: 11-18, 11-19, 11-20 (days), 11-15 (the week of 11-09),
    // 11-20 is also the newest of its week and of November.
    expect(files.map((f) => f.slice(12, 20))).toEqual(['20261115', '20261118', '20261119', '20261120']);
    expect(files.every((f) => f.endsWith('-auto.adbackup'))).toBe(true);
    const audit = value(await core.invoke('audit.list', {})) as { items: { action: string }[] };
    expect(audit.items.filter((e) => e.action === 'backup.scheduled')).toHaveLength(20);
    expect(core.backup.status().overdue).toBe(false);
  });

  it('does nothing while the vault is locked or the schedule is off', async () => {
    value(
      await core.invoke('settings.update', {
        backup: {
          folder: null,
          schedule: 'off',
          keep: { daily: 3, weekly: 2, monthly: 12 },
          reminderDays: 7,
        },
      }),
    );
    expect(await core.backup.runScheduledIfDue()).toBeNull();
    core.session.lock();
    expect(await core.backup.runScheduledIfDue()).toBeNull();
  });
});
