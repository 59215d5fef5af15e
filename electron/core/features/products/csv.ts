import type { Product } from '../../../../shared/features/products';
import { isFormulaText, unguardFormula } from '../../io/csv/formula';
import { readCsvTable } from '../../io/csv/read';
import { writeCsv } from '../../io/csv/write';
import { FILE_HEADERS, productCells, type Cell, type ProductTable } from './table';

/** A product CSV as a table: a formula cell stays a formula (refused), a guarded one ('=…) is text. */
export function csvProductTable(text: string): ProductTable {
  const { header, data } = readCsvTable(text);
  const cell = (raw: string): Cell =>
    isFormulaText(raw) ? { formula: true } : { text: unguardFormula(raw) };
  return {
    header: { line: header.line, cells: header.cells.map(cell) },
    rows: data.map((record) => ({ line: record.line, cells: record.cells.map(cell) })),
  };
}

/** The shelf as CSV (UTF-8 with BOM, CRLF, every cell guarded against formulas). */
export function productsToCsv(products: readonly Product[]): string {
  return writeCsv(FILE_HEADERS, products.map(productCells));
}
