import { CURRENCIES, type Currency } from '../../../../shared/kernel/money';
import {
  figuresOf,
  freshnessOf,
  fxRatesOf,
  fxSeriesCode,
  seriesCodeSchema,
  STANDARD_SERIES,
  type FxRate,
  type ImportCounts,
  type ImportEncoding,
  type ImportProgress,
  type ImportReport,
  type Point,
  type Series,
  type SeriesFigures,
  type SeriesSummary,
} from '../../../../shared/features/market-data';
import type { FxRates, Settings } from '../../../../shared/features/settings';
import { AppError } from '../../../../shared/ipc/result';
import { today } from '../../../../shared/kernel/dates';
import { MarketFileReader, type FilePoints } from './file';
import { readMarketFile, type ImportSource } from './import-file';
import { ImportProgressBoard } from './progress';
import type { MarketDataRepository, StoredSeries } from './repository';
import type { SampleSeries } from './sample';

export interface MarketDataDeps {
  settings: () => Settings;
  now: () => number;
  nowIso: () => string;
  /** The shipped sample series (read from resources only when asked for). */
  sample: () => readonly SampleSeries[];
  /** The shelf's products: a file naming one by its code imports its prices as a NAV series. */
  shelf: () => readonly ShelfProduct[];
}

/** What a NAV series takes from its shelf product. */
export interface ShelfProduct {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string | null;
  issuer: string;
  currency: Currency;
}

const clip = (text: string, length: number) => text.slice(0, length);

/**
 * The market data: the series catalogue, points, imports, freshness and the FX rates TWD totals
 * use. Runs inside the router's unit of work (no transactions or audit here); an import reads
 * first (asynchronously, progress on the board) and writes in the unit of work after.
 */
export class MarketDataService {
  readonly progress = new ImportProgressBoard();

  constructor(
    private readonly repository: () => MarketDataRepository,
    private readonly deps: MarketDataDeps,
  ) {}

  today(): string {
    return today(this.deps.settings().timeZone, new Date(this.deps.now()));
  }

  list(): { today: string; series: SeriesSummary[] } {
    const repository = this.repository();
    const spans = new Map(repository.spans().map((s) => [s.seriesId, s]));
    const on = this.today();
    const settings = this.deps.settings().marketData;
    const series = repository.series().map(({ id, ...entry }): SeriesSummary => {
      const span = spans.get(id);
      const last = span ? repository.lastPoint(id) : null;
      return {
        ...entry,
        firstDate: span?.firstDate ?? null,
        lastDate: last?.date ?? null,
        lastValue: last?.value ?? null,
        pointCount: span?.pointCount ?? 0,
        freshness: freshnessOf(entry, last?.date ?? null, on, settings),
      };
    });
    return { today: on, series };
  }

  get(code: string): { series: SeriesSummary; figures: SeriesFigures } {
    const summary = this.list().series.find((s) => s.code === code);
    if (!summary) throw new AppError('NOT_FOUND', 'no series with that code');
    const stored = this.stored(code);
    return { series: summary, figures: figuresOf(this.repository().points(stored.id), stored.kind) };
  }

  /** Each code's points in the range (both ends included), ascending. */
  points(codes: readonly string[], from?: string, to?: string): { code: string; points: Point[] }[] {
    return codes.map((code) => ({ code, points: this.repository().points(this.stored(code).id, from, to) }));
  }

  /**
   * Reads the file (asynchronously, reporting progress under `importId`) and answers the write to
   * run in the unit of work: the points added or corrected, all or none.
   */
  async readImport(
    source: ImportSource,
    encoding: ImportEncoding,
    importId: string | undefined,
  ): Promise<() => ImportReport> {
    const board = this.progress;
    board.begin(importId);
    try {
      const known = new Set(
        this.repository()
          .series()
          .map((s) => s.code),
      );
      const created = this.newSeriesByCode();
      const codeOf = (code: string) => {
        const upper = code.trim().toUpperCase();
        return known.has(upper) || created.has(upper) ? upper : null;
      };
      const read = await readMarketFile(
        source,
        encoding,
        () => new MarketFileReader(codeOf),
        (p) => board.report(importId, p),
      );
      const points = read.reader.finish();
      board.phase(importId, 'writing');
      return () => {
        try {
          const counts = this.write(points, created);
          board.phase(importId, 'done');
          const sum = (key: 'added' | 'corrected' | 'unchanged') => counts.reduce((n, c) => n + c[key], 0);
          return {
            format: read.format,
            layout: points.layout,
            encoding: read.encoding,
            points: points.values.length,
            added: sum('added'),
            corrected: sum('corrected'),
            unchanged: sum('unchanged'),
            series: counts,
          };
        } catch (error) {
          board.phase(importId, 'failed');
          throw error;
        }
      };
    } catch (error) {
      board.phase(importId, 'failed');
      throw error;
    }
  }

  importProgress(importId: string): ImportProgress {
    return this.progress.get(importId);
  }

  /**
   * Per series: the points already stored over the file's span are read once, and only new or
   * changed values are written (so a re-import writes nothing). A sample series that receives real
   * data loses its sample points and flag: real and invented numbers are never mixed.
   */
  private write(file: FilePoints, created: ReadonlyMap<string, Series>): ImportCounts[] {
    const repository = this.repository();
    const at = this.deps.nowIso();
    const catalogue = new Map(repository.series().map((s) => [s.code, s]));
    const bySeries = file.codes.map(() => [] as number[]);
    file.series.forEach((s, i) => bySeries[s]!.push(i));
    return file.codes.map((code, s) => {
      let entry: StoredSeries | undefined = catalogue.get(code);
      const isNew = entry === undefined;
      if (entry === undefined || entry.sample) {
        const base: Series = entry ?? created.get(code)!;
        if (entry?.sample) repository.clearPoints(entry.id);
        entry = { ...base, sample: false, id: repository.saveSeries({ ...base, sample: false }, at) };
      }
      const rows = bySeries[s]!.sort((a, b) => (file.dates[a]! < file.dates[b]! ? -1 : 1));
      const counts: ImportCounts = { code, added: 0, corrected: 0, unchanged: 0, created: isNew };
      if (rows.length === 0) return counts;
      const stored = new Map(
        repository
          .points(entry.id, file.dates[rows[0]!], file.dates[rows.at(-1)!])
          .map((p) => [p.date, p.value]),
      );
      for (const i of rows) {
        const date = file.dates[i]!;
        const value = file.values[i]!;
        const before = stored.get(date);
        if (before === value) counts.unchanged += 1;
        else {
          if (before === undefined) counts.added += 1;
          else counts.corrected += 1;
          repository.upsert(entry.id, date, value);
        }
      }
      return counts;
    });
  }

  /**
   * The rate to TWD of each currency: its FX series' last point and date, else the settings'
   * rate and date. Currencies with neither are left out (totals then name them as missing).
   */
  latestFxRates(): FxRate[] {
    const settings = this.deps.settings();
    const on = this.today();
    const catalogue = new Map(
      this.repository()
        .series()
        .map((s) => [s.code, s]),
    );
    return CURRENCIES.filter((c) => c !== 'TWD').flatMap((currency): FxRate[] => {
      const series = catalogue.get(fxSeriesCode(currency));
      const last = series ? this.repository().lastPoint(series.id) : null;
      if (series && last) {
        const freshness = freshnessOf(series, last.date, on, settings.marketData);
        return [
          { currency, rate: last.value, date: last.date, source: 'market', code: series.code, freshness },
        ];
      }
      const rate = settings.fxRates.toTwd[currency];
      if (rate === undefined) return [];
      const freshness = freshnessOf({ kind: 'fx' }, settings.fxRates.asOf, on, settings.marketData);
      return [{ currency, rate, date: settings.fxRates.asOf, source: 'settings', code: null, freshness }];
    });
  }

  /** The rates in force (CoreContext.fxRates): latestFxRates as one table, each rate with its date. */
  fxRates(): FxRates {
    return fxRatesOf(this.latestFxRates(), this.deps.settings().fxRates.asOf);
  }

  /**
   * Loads the shipped sample series, replacing earlier sample points; a series that holds real
   * (imported) data is skipped and named.
   */
  loadSample(): { series: number; points: number; skipped: string[] } {
    const repository = this.repository();
    const at = this.deps.nowIso();
    const catalogue = new Map(repository.series().map((s) => [s.code, s]));
    const skipped: string[] = [];
    let series = 0;
    let points = 0;
    for (const sample of this.deps.sample()) {
      const existing = catalogue.get(sample.series.code);
      if (existing && !existing.sample) {
        skipped.push(existing.code);
        continue;
      }
      const id = repository.saveSeries({ ...sample.series, sample: true }, at);
      repository.clearPoints(id);
      for (const p of sample.points) repository.upsert(id, p.date, p.value);
      series += 1;
      points += sample.points.length;
    }
    return { series, points, skipped };
  }

  /**
   * The series a file may add by naming their code: the standard ones, and each shelf product as
   * the NAV series of its prices, linked to it (a code a series code cannot be is left out).
   */
  private newSeriesByCode(): Map<string, Series> {
    const byCode = new Map<string, Series>();
    for (const p of this.deps.shelf()) {
      const code = p.code.trim().toUpperCase();
      if (!seriesCodeSchema.safeParse(code).success) continue;
      byCode.set(code, {
        code,
        nameZh: clip(p.nameZh, 80),
        nameEn: clip(p.nameEn ?? p.nameZh, 80),
        kind: 'nav',
        unit: 'NAV',
        currency: p.currency,
        frequency: 'daily',
        source: clip(p.issuer, 80),
        productId: p.id,
        sample: false,
      });
    }
    for (const s of STANDARD_SERIES) byCode.set(s.code, { ...s, productId: null, sample: false });
    return byCode;
  }

  private stored(code: string): StoredSeries {
    const found = this.repository()
      .series()
      .find((s) => s.code === code);
    if (!found) throw new AppError('NOT_FOUND', 'no series with that code');
    return found;
  }
}
