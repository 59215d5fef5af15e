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
export async function readXlsxTable(bytes: Buffer): Promise<CellTable> {
  await refuseOverRowLimit(bytes);
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
  if (data.length > MAX_IMPORT_ROWS) {
    throw importInvalid(
      [{ line: data[MAX_IMPORT_ROWS]!.line, field: '', message: 'import.file.tooManyRows' }],
      `too many rows (limit ${MAX_IMPORT_ROWS})`,
    );
  }
  return { header, rows: data };
}

/**
 * Counts the first worksheet's rows with exceljs's streaming reader and stops one row past the
 * limit, so a file over it is refused before the whole workbook is loaded into memory. A file the
 * stream cannot read is left to the full load, which says what is wrong with it.
 */
async function refuseOverRowLimit(bytes: Buffer): Promise<void> {
  let overAt: number | null = null;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
      worksheets: 'emit',
      sharedStrings: 'ignore',
      styles: 'ignore',
      hyperlinks: 'ignore',
      entries: 'ignore',
    } as ExcelJS.stream.xlsx.WorkbookStreamReaderOptions);
    for await (const worksheet of reader as unknown as AsyncIterable<AsyncIterable<ExcelJS.Row>>) {
      let rows = 0;
      for await (const row of worksheet) {
        if (row.hasValues) rows += 1;
        // The header and the limit's worth of rows: one more is too many.
        if (rows > MAX_IMPORT_ROWS + 1) {
          overAt = row.number;
          break;
        }
      }
      break; // the first worksheet only, as the import reads
    }
  } catch {
    return;
  }
  if (overAt !== null) {
    throw importInvalid(
      [{ line: overAt, field: '', message: 'import.file.tooManyRows' }],
      `too many rows (limit ${MAX_IMPORT_ROWS})`,
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
