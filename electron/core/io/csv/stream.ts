import { parse } from 'csv-parse';
import { importInvalid, countNewlines, delimiterOf, readFailure, TooManyRows, type CsvRecord } from './read';

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

/**
 * Parses text chunks as CSV, calling `onRecord` for each non-blank record (the header first).
 * IMPORT_INVALID for bad CSV syntax (with its line) or more than `maxRows` data rows.
 */
export async function streamCsvRecords(
  chunks: AsyncIterable<string>,
  onRecord: (record: CsvRecord) => void,
  maxRows: number,
): Promise<number> {
  let parser: ReturnType<typeof parse> | null = null;
  let records = 0;
  let lastLine = 0;
  let failure: unknown = null;
  const done = new Promise<void>((resolve) => {
    const start = (delimiter: string) => {
      parser = parse({
        delimiter,
        relax_column_count: true,
        skip_empty_lines: true,
        on_record: (cells: string[], context) => {
          lastLine = context.lines;
          if (cells.some((cell) => cell.trim() !== '')) {
            records += 1;
            const line = context.lines - countNewlines(cells);
            if (records > maxRows + 1) throw new TooManyRows(line);
            onRecord({ line, cells });
          }
          return null;
        },
      });
      parser.on('error', (error) => {
        failure = error;
        resolve();
      });
      parser.on('end', resolve);
      parser.resume();
    };
    void (async () => {
      try {
        for await (const chunk of chunks) {
          if (!parser) start(delimiterOf(chunk));
          if (failure) break;
          parser!.write(chunk);
          // Lets the parser's callbacks (and anyone polling progress) run between chunks.
          await new Promise((next) => setImmediate(next));
        }
        if (!parser) start(',');
        parser!.end();
      } catch (error) {
        failure = error;
        resolve();
      }
    })();
  });
  await done;
  if (failure instanceof NotInEncoding) throw failure;
  if (failure) throw readFailure(failure, lastLine + 1, maxRows);
  if (records === 0)
    throw importInvalid([{ line: 1, field: '', message: 'import.file.empty' }], 'file is empty');
  if (records === 1)
    throw importInvalid([{ line: 2, field: '', message: 'import.file.noRows' }], 'file has no rows');
  return records - 1;
}
