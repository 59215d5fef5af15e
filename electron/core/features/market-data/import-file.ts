import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { ImportEncoding, ImportProgress } from '../../../../shared/features/market-data';
import { MAX_MARKET_IMPORT_ROWS } from '../../../../shared/kernel/limits';
import { importInvalid } from '../../io/csv/read';
import {
  decodeChunks,
  detectEncoding,
  NotInEncoding,
  streamCsvRecords,
  type TextEncoding,
} from '../../io/csv/stream';
import { readXlsxTable } from '../../io/xlsx/read';
import type { MarketFileReader } from './file';

/** Where a file comes from: a path on this computer (app, CLI) or its bytes (the browser). */
export type ImportSource = { path: string } | { fileName: string; contentBase64: string };

const CHUNK_BYTES = 256 * 1024;
const HEAD_BYTES = 64 * 1024;
/** `\\server\share` or `//server/share`: opening it would reach out over the network. */
const NETWORK_PATH = /^(\\\\|\/\/)/;

/** Reports how far a read has got (rows read, bytes read of the total). */
export type OnProgress = (progress: Omit<ImportProgress, 'phase'>) => void;

interface Bytes {
  size: number;
  name: string;
  head(): Promise<Uint8Array>;
  chunks(): AsyncIterable<Uint8Array>;
  all(): Promise<Buffer>;
}

async function bytesOf(source: ImportSource): Promise<Bytes> {
  if ('contentBase64' in source) {
    const buffer = Buffer.from(source.contentBase64, 'base64');
    return {
      size: buffer.length,
      name: source.fileName,
      head: () => Promise.resolve(buffer.subarray(0, HEAD_BYTES)),
      chunks: async function* () {
        for (let at = 0; at < buffer.length; at += CHUNK_BYTES) yield buffer.subarray(at, at + CHUNK_BYTES);
      },
      all: () => Promise.resolve(buffer),
    };
  }
  const unreadable = () =>
    importInvalid([{ line: 1, field: '', message: 'import.marketData.file' }], 'cannot read the file');
  if (NETWORK_PATH.test(source.path)) throw unreadable();
  const path = resolve(source.path);
  // A FIFO or a device would block or never end: only a regular file is read.
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw unreadable();
  return {
    size: info.size,
    name: path,
    head: async () => {
      const handle = await open(path, 'r');
      try {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
    chunks: () => createReadStream(path, { highWaterMark: CHUNK_BYTES }),
    all: () => readFile(path),
  };
}

/**
 * Reads a market-data file into the reader `makeReader` gives: Excel (.xlsx) through the xlsx
 * reader, anything else as CSV streamed in its encoding. With 'auto', a file whose first bytes are
 * UTF-8 but a later byte is not is read again as Big5 with a fresh reader.
 */
export async function readMarketFile(
  source: ImportSource,
  encoding: ImportEncoding,
  makeReader: () => MarketFileReader,
  onProgress: OnProgress,
): Promise<{ reader: MarketFileReader; format: 'csv' | 'xlsx'; encoding: TextEncoding | null }> {
  const bytes = await bytesOf(source);
  if (extname(bytes.name).toLowerCase() === '.xlsx') {
    const table = await readXlsxTable(await bytes.all(), { maxRows: MAX_MARKET_IMPORT_ROWS });
    const reader = makeReader();
    reader.header(table.header.cells);
    for (const row of table.rows) reader.row(row.line, row.cells);
    onProgress({ rows: table.rows.length, bytesRead: bytes.size, bytesTotal: bytes.size });
    return { reader, format: 'xlsx', encoding: null };
  }
  const first: TextEncoding = encoding === 'auto' ? detectEncoding(await bytes.head()) : encoding;
  try {
    return await readCsvAs(bytes, first, makeReader, onProgress);
  } catch (error) {
    // With 'auto', a file that turns out not to be UTF-8 after its first bytes is read again as Big5.
    if (!(error instanceof NotInEncoding) || encoding !== 'auto' || first !== 'utf-8') throw notText(error);
    return await readCsvAs(bytes, 'big5', makeReader, onProgress).catch((again: unknown) => {
      throw notText(again);
    });
  }
}

async function readCsvAs(
  bytes: Awaited<ReturnType<typeof bytesOf>>,
  encoding: TextEncoding,
  makeReader: () => MarketFileReader,
  onProgress: OnProgress,
) {
  const reader = await readCsv(bytes, encoding, makeReader(), onProgress);
  return { reader, format: 'csv' as const, encoding };
}

/** Bytes no encoding tried reads (no text at all): a row error, never INTERNAL. */
function notText(error: unknown): unknown {
  if (!(error instanceof NotInEncoding)) return error;
  return importInvalid(
    [{ line: 1, field: '', message: 'import.marketData.encoding' }],
    `the file is not ${error.encoding}`,
  );
}

async function readCsv(
  bytes: Bytes,
  encoding: TextEncoding,
  reader: MarketFileReader,
  onProgress: OnProgress,
): Promise<MarketFileReader> {
  let bytesRead = 0;
  let rows = 0;
  const counted = async function* () {
    for await (const chunk of bytes.chunks()) {
      bytesRead += chunk.length;
      yield chunk;
      onProgress({ rows, bytesRead, bytesTotal: bytes.size });
    }
  };
  let header = true;
  await streamCsvRecords(
    decodeChunks(counted(), encoding),
    ({ line, cells }) => {
      if (header) reader.header(cells);
      else reader.row(line, cells);
      header = false;
      rows += 1;
    },
    MAX_MARKET_IMPORT_ROWS,
  );
  onProgress({ rows: Math.max(0, rows - 1), bytesRead, bytesTotal: bytes.size });
  return reader;
}
