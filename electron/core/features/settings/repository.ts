import {
  DEFAULT_SETTINGS,
  settingsPatchSchema,
  settingsSchema,
  type Settings,
  type SettingsPatch,
} from '../../../../shared/features/settings/schema';
import { atomically } from '../../kernel/unit-of-work';
import type { Database, Statement } from '../../db/open';

type SettingKey = keyof Settings;
const KEYS = Object.keys(settingsSchema.shape) as SettingKey[];

/** Settings as one JSON value per top-level key, over the defaults for keys never saved. */
export class SettingsRepository {
  private readonly selectAll: Statement<[], { key: string; value: string }>;
  private readonly upsert: Statement<[string, string]>;

  constructor(private readonly db: Database) {
    this.selectAll = db.prepare('SELECT key, value FROM settings');
    this.upsert = db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
  }

  get(): Settings {
    const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    for (const row of this.selectAll.all()) {
      if (!(KEYS as string[]).includes(row.key)) continue;
      // A value an older or newer version saved in another shape falls back to the default.
      const parsed = settingsSchema.shape[row.key as SettingKey].safeParse(JSON.parse(row.value));
      if (parsed.success) settings[row.key] = parsed.data;
    }
    return settings as Settings;
  }

  update(patch: SettingsPatch): Settings {
    const valid = settingsPatchSchema.parse(patch);
    atomically(this.db, () => {
      for (const key of KEYS) {
        const value = valid[key];
        if (value !== undefined) this.upsert.run(key, JSON.stringify(value));
      }
    });
    return this.get();
  }
}
