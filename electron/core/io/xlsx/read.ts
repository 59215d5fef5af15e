import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { MAX_IMPORT_ROWS } from '../../../../shared/kernel/limits';
import { importInvalid } from '../csv/read';
import type { Cell, CellTable } from '../table';

/**
 * An Excel (.xlsx) import file as a table of cells, through exceljs: the first worksheet, row 1
 * the header. A formula cell is kept as a formula so the import refuses it; a date cell becomes
 * its calendar day; numbers and booleans their text. Asynchronous (exceljs reads only so): a
 * handler returns a WriteAfter around it.
 */
export async function readXlsxTable(bytes: Buffer, options: { maxRows?: number } = {}): Promise<CellTable> {
  const maxRows = options.maxRows ?? MAX_IMPORT_ROWS;
  await refuseOverRowLimit(bytes, maxRows);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw importInvalid([{ line: 1, field: '', message: 'import.xlsx.invalid' }], 'not an .xlsx file');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw importInvalid([{ line: 1, field: '', message: 'import.xlsx.noSheet' }], 'no worksheet');
  const rows: { line: number; cells: Cell[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: Cell[] = [];
    for (let i = 1; i <= row.cellCount; i += 1) cells.push(cellOf(row.getCell(i)));
    if (cells.some((c) => !('text' in c) || c.text.trim() !== '')) rows.push({ line, cells });
  });
  const [header, ...data] = rows;
  if (!header) throw importInvalid([{ line: 1, field: '', message: 'import.file.empty' }], 'file is empty');
  if (data.length === 0) {
    throw importInvalid([{ line: 2, field: '', message: 'import.file.noRows' }], 'file has no rows');
  }
  if (data.length > maxRows) {
    throw importInvalid(
      [{ line: data[maxRows]!.line, field: '', message: 'import.file.tooManyRows' }],
      `too many rows (limit ${maxRows})`,
    );
  }
  return { header, rows: data };
}

/**
 * The streaming reader can wait forever on a damaged zip (it never ends nor fails): counting gives
 * up when no row has come for this long, and the full load says what is wrong with the file.
 */
const STALLED_MS = 2_000;
/** "PK\x03\x04", and the smallest zip (an empty end-of-central-directory record). */
const ZIP_LOCAL_HEADER = 0x04034b50;
const ZIP_MINIMUM_BYTES = 22;

/** The first worksheet's row number one past the limit, or null: under it, unreadable or stalled. */
async function rowPastLimit(source: Readable, maxRows: number): Promise<number | null> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    worksheets: 'emit',
    sharedStrings: 'ignore',
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  } as ExcelJS.stream.xlsx.WorkbookStreamReaderOptions);
  let stalled: ReturnType<typeof setTimeout> | undefined;
  let giveUp: (nothing: null) => void = () => {};
  const stall = new Promise<null>((resolve) => (giveUp = resolve));
  /** (Re)starts the wait for the next row. */
  const arm = () => {
    clearTimeout(stalled);
    stalled = setTimeout(() => giveUp(null), STALLED_MS);
  };
  arm();
  const count = (async () => {
    for await (const worksheet of reader as unknown as AsyncIterable<AsyncIterable<ExcelJS.Row>>) {
      let rows = 0;
      for await (const row of worksheet) {
        arm();
        if (row.hasValues) rows += 1;
        // The header and the limit's worth of rows: one more is too many.
        if (rows > maxRows + 1) return row.number;
      }
      return null; // the first worksheet only, as the import reads
    }
    return null;
  })();
  try {
    return await Promise.race([count, stall]);
  } catch {
    return null;
  } finally {
    clearTimeout(stalled);
    count.catch(() => undefined);
    source.destroy();
  }
}

/**
 * Counts the first worksheet's rows with exceljs's streaming reader and stops one row past the
 * limit, so a file over it is refused before the whole workbook is loaded into memory. A file the
 * stream cannot read is left to the full load, which says what is wrong with it.
 */
async function refuseOverRowLimit(bytes: Buffer, maxRows: number): Promise<void> {
  // Not a zip at all (an .xlsx starts with a local file header): nothing to stream.
  if (bytes.length < ZIP_MINIMUM_BYTES || bytes.readUInt32LE(0) !== ZIP_LOCAL_HEADER) return;
  const overAt = await rowPastLimit(Readable.from(bytes), maxRows);
  if (overAt !== null) {
    throw importInvalid(
      [{ line: overAt, field: '', message: 'import.file.tooManyRows' }],
      `too many rows (limit ${maxRows})`,
    );
  }
}

function cellOf(cell: ExcelJS.Cell): Cell {
  if (cell.type === ExcelJS.ValueType.Formula || cell.formula) return { formula: true };
  return { text: valueText(cell.value) };
}

function valueText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value);
}
