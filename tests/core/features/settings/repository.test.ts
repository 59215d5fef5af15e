import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../shared/features/settings/schema';
import { SettingsRepository } from '../../../../electron/core/features/settings';
import { freshDatabasePerTest } from '../../db/fixtures';

const test = freshDatabasePerTest();

describe('SettingsRepository', () => {
  it('gives the defaults, then stored keys over them', () => {
    const settings = new SettingsRepository(test.db);
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    const branding = { ...DEFAULT_SETTINGS.branding, firmName: '範例證券' };
    expect(settings.update({ branding, autoLockMinutes: 5 })).toEqual({
      ...DEFAULT_SETTINGS,
      branding,
      autoLockMinutes: 5,
    });
    expect(new SettingsRepository(test.db).get().autoLockMinutes).toBe(5);
  });

  it('keeps the time zone (Asia/Taipei unless set) and refuses one that does not exist', () => {
    const settings = new SettingsRepository(test.db);
    expect(settings.get().timeZone).toBe('Asia/Taipei');
    expect(settings.update({ timeZone: 'Europe/London' }).timeZone).toBe('Europe/London');
    expect(() => settings.update({ timeZone: 'Asia/Taipie' })).toThrow();
    expect(new SettingsRepository(test.db).get().timeZone).toBe('Europe/London');
  });

  it('keeps a currency without a rate as missing, not as 0 or 1', () => {
    const settings = new SettingsRepository(test.db);
    const { USD: _usd, ...withoutUsd } = DEFAULT_SETTINGS.fxRates.toTwd;
    const saved = settings.update({ fxRates: { asOf: '2026-11-30', toTwd: withoutUsd } });
    expect(saved.fxRates.toTwd).not.toHaveProperty('USD');
    expect(new SettingsRepository(test.db).get().fxRates.toTwd.USD).toBeUndefined();
  });

  it('reads one setting alone, over its default', () => {
    const settings = new SettingsRepository(test.db);
    expect(settings.value('advisorName')).toBe('');
    settings.update({ advisorName: '陳志明' });
    expect(settings.value('advisorName')).toBe('陳志明');
    test.db.prepare("UPDATE settings SET value = '42' WHERE key = 'advisorName'").run();
    expect(settings.value('advisorName')).toBe('');
  });

  it('ignores a stored value it cannot read', () => {
    test.db
      .prepare("INSERT INTO settings (key, value) VALUES ('dateFormat', '\"julian\"'), ('unknown', '1')")
      .run();
    expect(new SettingsRepository(test.db).get()).toEqual(DEFAULT_SETTINGS);
  });
});
