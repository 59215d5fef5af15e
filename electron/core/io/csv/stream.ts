import { delimiterOf, importInvalid, readFailure, TooManyRows, type CsvRecord } from './read';

/**
 * A large CSV import read as it streams: bytes decoded chunk by chunk in the file's encoding
 * (UTF-8 or Big5, which Excel in Taiwan still writes), records handed over one at a time with the
 * line they start on, so memory stays bounded by what the caller keeps of each record. The same
 * rules as readCsvTable: comma or tab, quoted cells, blank rows skipped, a row limit.
 */

export type TextEncoding = 'utf-8' | 'big5';

/** The decoder found bytes that are not text in the encoding (reported at the line reached). */
export class NotInEncoding extends Error {
  constructor(readonly encoding: TextEncoding) {
    super(`not ${encoding}`);
  }
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * The encoding of a file from its first bytes: UTF-8 when they carry its BOM or decode as UTF-8
 * (a sequence cut at the end is allowed), otherwise Big5. A later invalid byte is caught when it
 * is decoded (NotInEncoding), and the caller may read again as Big5.
 */
export function detectEncoding(head: Uint8Array): TextEncoding {
  if (UTF8_BOM.every((byte, i) => head[i] === byte)) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'big5';
  }
}

/** Text chunks of the bytes in an encoding, a BOM dropped; NotInEncoding on an invalid byte. */
export async function* decodeChunks(
  source: AsyncIterable<Uint8Array>,
  encoding: TextEncoding,
): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const decode = (bytes?: Uint8Array) => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw new NotInEncoding(encoding);
    }
  };
  for await (const bytes of source) {
    const text = decode(bytes);
    if (text) yield text;
  }
  const rest = decode();
  if (rest) yield rest;
}

/** A quoted cell longer than this many lines is an unclosed quote (and re-reading it stays cheap). */
const MAX_LINES_PER_CELL = 100;

type Problem = 'import.csv.quoteNotClosed' | 'import.csv.openingQuote' | 'import.csv.closingQuote';

/**
 * The cells of one record's text (its lines joined by \n), or the number of a quote problem; null
 * when a quoted cell is still open (the record goes on on the next line).
 */
function splitRecord(text: string, delimiter: string): string[] | Problem | null {
  if (!text.includes('"')) return text.split(delimiter);
  const cells: string[] = [];
  let at = 0;
  for (;;) {
    if (text[at] === '"') {
      let cell = '';
      let from = at + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) return null;
        if (text[quote + 1] === '"') {
          cell += text.slice(from, quote + 1);
          from = quote + 2;
          continue;
        }
        cell += text.slice(from, quote);
        at = quote + 1;
        break;
      }
      cells.push(cell);
      if (at === text.length) return cells;
      if (text[at] !== delimiter) return 'import.csv.closingQuote';
      at += 1;
    } else {
      const end = text.indexOf(delimiter, at);
      const cell = end < 0 ? text.slice(at) : text.slice(at, end);
      if (cell.includes('"')) return 'import.csv.openingQuote';
      cells.push(cell);
      if (end < 0) return cells;
      at = end + 1;
    }
  }
}

/**
 * Parses text chunks as CSV, calling `onRecord` for each non-blank record (the header first):
 * line by line, a quoted cell may hold the delimiter, doubled quotes and line breaks. Much faster
 * than a general parser on the plain rows market files are made of. IMPORT_INVALID for a quote
 * problem (with its line) or more than `maxRows` data rows; answers the number of data rows.
 */
export async function streamCsvRecords(
  chunks: AsyncIterable<string>,
  onRecord: (record: CsvRecord) => void,
  maxRows: number,
): Promise<number> {
  let delimiter: string | null = null;
  let rest = '';
  let line = 0;
  let records = 0;
  /** A record whose quoted cell runs over lines: its text so far and the line it started on. */
  let open: { text: string; line: number } | null = null;
  const take = (raw: string) => {
    line += 1;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const record = open ? { text: `${open.text}\n${text}`, line: open.line } : { text, line };
    const cells = splitRecord(record.text, delimiter!);
    if (cells === null && line - record.line < MAX_LINES_PER_CELL) {
      open = record;
      return;
    }
    open = null;
    if (cells === null || typeof cells === 'string') {
      const message = cells ?? 'import.csv.quoteNotClosed';
      throw importInvalid([{ line: record.line, field: '', message }], 'the file is not valid CSV');
    }
    if (!cells.some((cell) => cell.trim() !== '')) return;
    records += 1;
    if (records > maxRows + 1) throw readFailure(new TooManyRows(record.line), record.line, maxRows);
    onRecord({ line: record.line, cells });
  };
  for await (const chunk of chunks) {
    delimiter ??= delimiterOf(chunk);
    const text = rest + chunk;
    let from = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', from)) {
      take(text.slice(from, end));
      from = end + 1;
    }
    rest = text.slice(from);
    // Lets anyone polling progress be answered between chunks.
    await new Promise((next) => setImmediate(next));
  }
  delimiter ??= ',';
  if (rest !== '') take(rest);
  if (open !== null) {
    const { line: at } = open as { line: number };
    throw importInvalid(
      [{ line: at, field: '', message: 'import.csv.quoteNotClosed' }],
      'the file is not valid CSV',
    );
  }
  if (records === 0)
    throw importInvalid([{ line: 1, field: '', message: 'import.file.empty' }], 'file is empty');
  if (records === 1)
    throw importInvalid([{ line: 2, field: '', message: 'import.file.noRows' }], 'file has no rows');
  return records - 1;
}
