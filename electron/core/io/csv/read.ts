import { parse } from 'csv-parse/sync';
import type { ImportRowError } from '../../../../shared/ipc/contract';
import { AppError } from '../../../../shared/ipc/result';
import { MAX_IMPORT_ROWS, MAX_LISTED_IMPORT_ERRORS } from '../../../../shared/kernel/limits';

/**
 * Reading a CSV file for an import, whatever it holds: UTF-8 (BOM or not, refused when it was
 * decoded from something else), comma or tab separated, quoted cells with line breaks, each record
 * with the line it starts on. Errors are IMPORT_INVALID with row errors whose messages are keys of
 * shared/i18n (never the file's text, which may be client data).
 */

export interface CsvRecord {
  /** 1-based line where the record starts, the header being line 1. */
  line: number;
  cells: string[];
}

/** The header record and the data records of a file that holds at least one row, up to the row limit. */
export function readCsvTable(text: string): { header: CsvRecord; data: CsvRecord[] } {
  const records = readRecords(checkEncoding(text.replace(/^\uFEFF/, '')));
  const [header, ...data] = records;
  if (!header) throw importInvalid([{ line: 1, field: '', message: 'import.file.empty' }], 'file is empty');
  if (data.length === 0) {
    throw importInvalid([{ line: 2, field: '', message: 'import.file.noRows' }], 'file has no rows');
  }
  return { header, data };
}

/** Rejects text that was decoded from something other than UTF-8, before anything else. */
function checkEncoding(text: string): string {
  const replaced = text.indexOf('\uFFFD');
  if (replaced >= 0) {
    throw importInvalid(
      [{ line: lineAt(text, replaced), field: '', message: 'import.file.notUtf8' }],
      'file is not UTF-8 (save it as "CSV UTF-8")',
    );
  }
  if (text.includes('\u0000')) {
    throw importInvalid(
      [{ line: 1, field: '', message: 'import.file.notUtf8' }],
      'file looks like UTF-16 (save it as "CSV UTF-8")',
    );
  }
  return text;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/** Tab when the first line has tabs and no commas (pasted from a spreadsheet), else comma. */
export function delimiterOf(text: string): ',' | '\t' {
  const firstLine = /^[^\r\n]*/.exec(text)?.[0] ?? '';
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}

function readRecords(text: string): CsvRecord[] {
  // One line ending everywhere keeps line numbers simple; embedded CRLFs in notes become LF.
  const normalized = text.replace(/\r\n?/g, '\n');
  const delimiter = delimiterOf(normalized);
  const records: CsvRecord[] = [];
  let lastLine = 0;
  try {
    parse(normalized, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      // context.lines is the line a record ends on; the record starts as many lines earlier as it holds newlines.
      on_record: (cells: string[], context) => {
        lastLine = context.lines;
        // Excel writes ",,," for blank rows: not a row.
        if (cells.some((cell) => cell.trim() !== '')) {
          records.push({ line: context.lines - countNewlines(cells), cells });
          // The header and the limit's worth of rows: one more and the rest is not even parsed.
          if (records.length > MAX_IMPORT_ROWS + 1) throw new TooManyRows(records.at(-1)!.line);
        }
        return null;
      },
    });
  } catch (error) {
    throw readFailure(error, lastLine + 1, MAX_IMPORT_ROWS);
  }
  return records;
}

/** What stopped a parse, as the import error: the row limit, or the CSV syntax at a line. */
export function readFailure(error: unknown, line: number, limit: number): AppError {
  if (error instanceof TooManyRows) {
    return importInvalid(
      [{ line: error.line, field: '', message: 'import.file.tooManyRows' }],
      `too many rows (limit ${limit})`,
    );
  }
  return error instanceof AppError ? error : csvSyntaxError(error, line);
}

export class TooManyRows extends Error {
  constructor(readonly line: number) {
    super('too many rows');
  }
}

function countNewlines(cells: readonly string[]): number {
  return cells.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
}

/** csv-parse messages quote the offending text, so only its code is passed on, with the record's line. */
function csvSyntaxError(error: unknown, line: number): AppError {
  const code = (error as { code?: unknown } | null)?.code;
  const keys: Record<string, string> = {
    CSV_QUOTE_NOT_CLOSED: 'import.csv.quoteNotClosed',
    INVALID_OPENING_QUOTE: 'import.csv.openingQuote',
    CSV_INVALID_CLOSING_QUOTE: 'import.csv.closingQuote',
  };
  const key = (typeof code === 'string' && keys[code]) || 'import.csv.invalid';
  return importInvalid([{ line, field: '', message: key }], 'the file is not valid CSV');
}

/** A row with fewer cells than the header, or text beyond it, is refused rather than guessed at. */
export function checkFieldCount(record: CsvRecord, expected: number): string | null {
  const extra = record.cells.slice(expected);
  if (record.cells.length < expected || extra.some((cell) => cell.trim() !== ''))
    return 'import.row.fieldCount';
  return null;
}

/** Case, spaces, hyphens and a trailing "(unit)" do not matter: "E-mail", "年收入（元）". */
export function normalizeHeader(label: string): string {
  return label
    .replace(/[(（][^)）]*[)）]\s*$/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s\-\u3000]+/g, '_');
}

/** All or nothing: the row errors (the first ones listed, the rest counted) and nothing imported. */
export function importInvalid(errors: readonly ImportRowError[], summary?: string): AppError {
  const listed = errors.slice(0, MAX_LISTED_IMPORT_ERRORS);
  const omitted = errors.length - listed.length;
  const badLines = new Set(errors.map((e) => e.line)).size;
  const counted = `${badLines} ${badLines === 1 ? 'row has' : 'rows have'} errors`;
  const note = omitted > 0 ? ` (first ${MAX_LISTED_IMPORT_ERRORS} errors listed)` : '';
  return new AppError('IMPORT_INVALID', `${summary ?? counted}; nothing was imported${note}`, {
    errors: listed,
    omitted,
  });
}
