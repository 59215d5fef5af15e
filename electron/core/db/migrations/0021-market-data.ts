import type { Migration } from './migration';

/**
 * Market data: the series catalogue and its points, one per series and date. Dates are ISO text
 * (they sort as dates); the points table is keyed by (series, date) without a rowid, so a series'
 * points lie together in date order and a range read is one index walk.
 */
export const migration0021: Migration = {
  version: 21,
  name: 'market data',
  up(db) {
    db.exec(`
      CREATE TABLE market_series (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name_zh TEXT NOT NULL,
        name_en TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('index', 'fx', 'rate', 'nav', 'commodity')),
        unit TEXT NOT NULL,
        currency TEXT,
        frequency TEXT NOT NULL CHECK (frequency IN ('daily', 'weekly', 'monthly')),
        source TEXT NOT NULL,
        product_id TEXT,
        sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
        updated_at TEXT NOT NULL
      );
      CREATE TABLE market_points (
        series_id INTEGER NOT NULL REFERENCES market_series (id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        value REAL NOT NULL,
        PRIMARY KEY (series_id, date)
      ) WITHOUT ROWID;
    `);
  },
};
