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
  private readonly selectOne: Statement<[string], string>;
  private readonly upsert: Statement<[string, string]>;

  constructor(private readonly db: Database) {
    this.selectAll = db.prepare('SELECT key, value FROM settings');
    this.selectOne = db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck();
    this.upsert = db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
  }

  get(): Settings {
    const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    for (const row of this.selectAll.all()) {
      if ((KEYS as string[]).includes(row.key)) settings[row.key] = stored(row.key as SettingKey, row.value);
    }
    return settings as Settings;
  }

  /** One setting alone: what every audit entry reads (the advisor's name), without the logo. */
  value<K extends SettingKey>(key: K): Settings[K] {
    const raw = this.selectOne.get(key);
    return raw === undefined ? DEFAULT_SETTINGS[key] : stored(key, raw);
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

/** A stored value, or the default when an older or newer version saved it in another shape. */
function stored<K extends SettingKey>(key: K, raw: string): Settings[K] {
  const parsed = settingsSchema.shape[key].safeParse(JSON.parse(raw));
  return (parsed.success ? parsed.data : DEFAULT_SETTINGS[key]) as Settings[K];
}
