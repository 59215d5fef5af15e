import type { ImportLayout } from '../../../../shared/features/market-data';
import type { ImportRowError } from '../../../../shared/ipc/contract';
import { readCompactDate, readDate } from '../../../../shared/kernel/dates';
import { parseAmount } from '../../../../shared/kernel/money';
import { importInvalid, normalizeHeader } from '../../io/csv/read';
import { readHeaderColumns, type Cell } from '../../io/table';

/**
 * A market-data file read row by row (docs/ARCHITECTURE.md "Market data"), whatever it came from
 * (a streamed CSV or an Excel sheet). The header tells the layout:
 * - long: a series column, a date column and a value column, one point per row;
 * - wide: a date column first, then one column per series code, one date per row (an empty cell
 *   is a gap, not an error).
 * Dates ISO, ROC (113/01/02, 113-01-02, 民國113年1月2日) or compact (1130102, 20240102); numbers
 * with thousands separators or a trailing %; "-", "--", "—" and "N/A" are gaps. Codes must be in
 * the catalogue (or standard); a series and date twice with different values is refused, twice
 * with the same value counted once. All or nothing: every problem becomes a row error naming the
 * line and the column, and finish() refuses the file if there is any.
 */

const LONG_COLUMNS = [
  {
    key: 'code',
    header: '序列代號',
    accepted: ['序列代號', '序列', '代號', '代碼', '指標', 'series', 'code', 'symbol', 'ticker'],
  },
  { key: 'date', header: '日期', accepted: ['日期', '資料日期', '交易日期', '淨值日期', 'date'] },
  {
    key: 'value',
    header: '數值',
    accepted: [
      '數值',
      '值',
      '收盤',
      '收盤價',
      '收盤值',
      '淨值',
      '價格',
      '匯率',
      '利率',
      'value',
      'close',
      'price',
      'rate',
      'nav',
    ],
  },
] as const;
const DATE_HEADERS = new Set(LONG_COLUMNS[1].accepted.map(normalizeHeader));
const CODE_HEADERS = new Set(LONG_COLUMNS[0].accepted.map(normalizeHeader));

const GAPS = new Set(['-', '--', '—', '－', 'n/a', '#n/a', 'na']);
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** The points read, column by column (a number and an interned date string per point). */
export interface FilePoints {
  layout: ImportLayout;
  /** The canonical codes, indexed by `series`. */
  codes: string[];
  series: number[];
  dates: string[];
  values: number[];
}

type RowCells = readonly (string | Cell)[];
const textOf = (cell: string | Cell | undefined): string | null =>
  cell === undefined ? '' : typeof cell === 'string' ? cell.trim() : 'text' in cell ? cell.text.trim() : null;

export class MarketFileReader {
  private layout: ImportLayout | null = null;
  /** Long: the column of each field. Wide: the series index of each column (null: none). */
  /** Long: the positions of the series, date and value columns. */
  private longAt: [number, number, number] = [0, 0, 0];
  private readonly spellings = new Map<string, number | null>();
  private wideSeries: (number | null)[] = [];
  private headers: string[] = [];
  private readonly codes: string[] = [];
  private readonly codeIndex = new Map<string, number>();
  private readonly seen: Map<string, number>[] = [];
  private readonly dateCache = new Map<string, string | null>();
  private readonly errors: ImportRowError[] = [];
  readonly points: FilePoints = { layout: 'long', codes: this.codes, series: [], dates: [], values: [] };

  /** `codeOf` answers the catalogue's code for a code in a file (any case), or null when unknown. */
  constructor(private readonly codeOf: (code: string) => string | null) {}

  get rows(): number {
    return this.points.values.length;
  }

  header(cells: RowCells): void {
    const labels = cells.map((c) => textOf(c) ?? '');
    this.headers = labels;
    const normalized = labels.map(normalizeHeader);
    if (normalized.some((h) => CODE_HEADERS.has(h))) {
      this.layout = 'long';
      const table = { header: { line: 1, cells: labels.map((text) => ({ text })) }, rows: [] };
      const columns = readHeaderColumns(table, LONG_COLUMNS, ['code', 'date', 'value']);
      this.longAt = [columns.indexOf('code'), columns.indexOf('date'), columns.indexOf('value')];
    } else if (DATE_HEADERS.has(normalized[0] ?? '')) {
      this.layout = 'wide';
      const errors: ImportRowError[] = [];
      this.wideSeries = labels.map((label, position) => {
        if (position === 0 || label === '') return null;
        const code = this.codeOf(label);
        if (code === null) errors.push({ line: 1, field: label, message: 'import.marketData.seriesUnknown' });
        else if (this.codeIndex.has(code))
          errors.push({ line: 1, field: label, message: 'import.column.duplicate' });
        return code === null ? null : this.indexOf(code);
      });
      if (errors.length > 0) throw importInvalid(errors, 'the header row has errors');
    } else {
      throw importInvalid([{ line: 1, field: '', message: 'import.marketData.layout' }], 'unknown layout');
    }
    this.points.layout = this.layout;
  }

  row(line: number, cells: RowCells): void {
    if (this.layout === 'long') this.longRow(line, cells);
    else this.wideRow(line, cells);
  }

  /** The points, or IMPORT_INVALID with every row error. */
  finish(): FilePoints {
    if (this.errors.length > 0) throw importInvalid(this.errors);
    return this.points;
  }

  private longRow(line: number, cells: RowCells): void {
    const [codeAt, dateAt, valueAt] = this.longAt;
    const codeText = textOf(cells[codeAt]);
    const dateText = textOf(cells[dateAt]);
    const valueText = textOf(cells[valueAt]);
    let series: number | null = null;
    if (codeText === null || codeText === '') {
      this.error(
        line,
        this.headers[codeAt]!,
        codeText === null ? 'import.cell.formula' : 'validation.required',
      );
    } else {
      series = this.seriesOf(codeText);
      if (series === null) this.error(line, this.headers[codeAt]!, 'import.marketData.seriesUnknown');
    }
    const date = this.date(line, this.headers[dateAt]!, dateText);
    if (valueText === '') {
      this.error(line, this.headers[valueAt]!, 'validation.required');
      return;
    }
    const value = this.value(line, this.headers[valueAt]!, valueText);
    if (series !== null && date !== null && value !== null)
      this.add(line, this.headers[dateAt]!, series, date, value);
  }

  /** A long file names each row's series: each distinct spelling is looked up once. */
  private seriesOf(text: string): number | null {
    let series = this.spellings.get(text);
    if (series === undefined) {
      const code = this.codeOf(text);
      series = code === null ? null : this.indexOf(code);
      this.spellings.set(text, series);
    }
    return series;
  }

  private wideRow(line: number, cells: RowCells): void {
    const date = this.date(line, this.headers[0]!, textOf(cells[0]));
    for (let position = 1; position < cells.length; position += 1) {
      const series = this.wideSeries[position];
      const text = textOf(cells[position]);
      if (series === undefined || series === null) {
        if (text !== '') this.error(line, `#${position + 1}`, 'import.row.fieldCount');
        continue;
      }
      if (text === '') continue;
      const value = this.value(line, this.headers[position]!, text);
      if (date !== null && value !== null) this.add(line, this.headers[0]!, series, date, value);
    }
  }

  private add(line: number, dateField: string, series: number, date: string, value: number): void {
    const seen = this.seen[series]!;
    const earlier = seen.get(date);
    if (earlier !== undefined) {
      if (this.points.values[earlier] !== value)
        this.error(line, dateField, 'import.marketData.duplicateDate');
      return;
    }
    seen.set(date, this.points.values.length);
    this.points.series.push(series);
    this.points.dates.push(date);
    this.points.values.push(value);
  }

  private indexOf(code: string): number {
    let index = this.codeIndex.get(code);
    if (index === undefined) {
      index = this.codes.length;
      this.codes.push(code);
      this.codeIndex.set(code, index);
      this.seen.push(new Map());
    }
    return index;
  }

  /** Dates repeat across a long file's series: each distinct text is read once. */
  private date(line: number, field: string, text: string | null): string | null {
    if (text === null) return this.error(line, field, 'import.cell.formula');
    let date = this.dateCache.get(text);
    if (date === undefined) {
      date = readDate(text) ?? readCompactDate(text);
      this.dateCache.set(text, date);
    }
    if (date === null)
      this.error(line, field, text === '' ? 'validation.required' : 'import.marketData.date');
    return date;
  }

  private value(line: number, field: string, text: string | null): number | null {
    if (text === null) return this.error(line, field, 'import.cell.formula');
    if (GAPS.has(text.toLowerCase())) return null;
    const value = PLAIN_NUMBER.test(text) ? Number(text) : parseAmount(text.replace(/%$/, ''));
    if (value === null) this.error(line, field, 'validation.number');
    return value;
  }

  private error(line: number, field: string, message: string): null {
    this.errors.push({ line, field, message });
    return null;
  }
}
