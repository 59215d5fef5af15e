import type { Series } from '../../../../shared/features/market-data';
import type { Point } from '../../../../shared/features/market-data';
import type { Database, Statement } from '../../db/open';

/** A catalogue entry with its row ID (the points' key). */
export interface StoredSeries extends Series {
  id: number;
}

/** A series' span as the list shows it. */
export interface SeriesSpan {
  seriesId: number;
  firstDate: string;
  lastDate: string;
  pointCount: number;
}

interface SeriesRow {
  id: number;
  code: string;
  name_zh: string;
  name_en: string;
  kind: Series['kind'];
  unit: string;
  currency: Series['currency'];
  frequency: Series['frequency'];
  source: string;
  product_id: string | null;
  sample: number;
}

const toSeries = (r: SeriesRow): StoredSeries => ({
  id: r.id,
  code: r.code,
  nameZh: r.name_zh,
  nameEn: r.name_en,
  kind: r.kind,
  unit: r.unit,
  currency: r.currency,
  frequency: r.frequency,
  source: r.source,
  productId: r.product_id,
  sample: r.sample === 1,
});

/** The market_series and market_points tables; the router's unit of work wraps every change. */
export class MarketDataRepository {
  private readonly s: {
    all: Statement<[], SeriesRow>;
    spans: Statement<[], SeriesSpan>;
    last: Statement<[number], Point>;
    insertSeries: Statement<[Record<string, unknown>]>;
    updateSeries: Statement<[Record<string, unknown>]>;
    range: Statement<[number, string, string], Point>;
    upsert: Statement<[number, string, number]>;
    clear: Statement<[number]>;
  };

  constructor(db: Database) {
    this.s = {
      all: db.prepare('SELECT * FROM market_series ORDER BY id'),
      spans: db.prepare(`
        SELECT series_id AS seriesId, min(date) AS firstDate, max(date) AS lastDate, count(*) AS pointCount
        FROM market_points GROUP BY series_id`),
      last: db.prepare(
        'SELECT date, value FROM market_points WHERE series_id = ? ORDER BY date DESC LIMIT 1',
      ),
      insertSeries: db.prepare(`
        INSERT INTO market_series (code, name_zh, name_en, kind, unit, currency, frequency, source, product_id, sample, updated_at)
        VALUES (@code, @nameZh, @nameEn, @kind, @unit, @currency, @frequency, @source, @productId, @sample, @at)`),
      updateSeries: db.prepare(`
        UPDATE market_series SET name_zh = @nameZh, name_en = @nameEn, kind = @kind, unit = @unit, currency = @currency,
          frequency = @frequency, source = @source, product_id = @productId, sample = @sample, updated_at = @at
        WHERE code = @code`),
      range: db.prepare(
        'SELECT date, value FROM market_points WHERE series_id = ? AND date >= ? AND date <= ? ORDER BY date',
      ),
      upsert: db.prepare(`
        INSERT INTO market_points (series_id, date, value) VALUES (?, ?, ?)
        ON CONFLICT (series_id, date) DO UPDATE SET value = excluded.value`),
      clear: db.prepare('DELETE FROM market_points WHERE series_id = ?'),
    };
  }

  series(): StoredSeries[] {
    return this.s.all.all().map(toSeries);
  }

  spans(): SeriesSpan[] {
    return this.s.spans.all();
  }

  lastPoint(seriesId: number): Point | null {
    return this.s.last.get(seriesId) ?? null;
  }

  /** Adds a series, or rewrites the entry with this code; answers its row ID. */
  saveSeries(series: Series, at: string): number {
    const row = { ...series, sample: series.sample ? 1 : 0, at };
    const existing = this.series().find((s) => s.code === series.code);
    if (existing) {
      this.s.updateSeries.run(row);
      return existing.id;
    }
    return Number(this.s.insertSeries.run(row).lastInsertRowid);
  }

  /** Points from `from` to `to`, both included, ascending. */
  points(seriesId: number, from = '0000-01-01', to = '9999-12-31'): Point[] {
    return this.s.range.all(seriesId, from, to);
  }

  /** Stores a point, replacing the value on that date. */
  upsert(seriesId: number, date: string, value: number): void {
    this.s.upsert.run(seriesId, date, value);
  }

  clearPoints(seriesId: number): void {
    this.s.clear.run(seriesId);
  }
}
