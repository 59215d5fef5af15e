import { isFormulaText, unguardFormula } from './csv/formula';
import { readCsvTable } from './csv/read';

/**
 * An import file as a table of cells, whatever the file (CSV or Excel), so a feature reads both
 * with one table reader. A formula cell is kept as a formula so the import refuses it (an import
 * stores no formulas); a guarded one ('=…, as our exports write it) is text.
 */
export type Cell = { text: string } | { formula: true };

export interface TableRow {
  /** 1-based line (CSV) or row number (Excel), the header being 1. */
  line: number;
  cells: Cell[];
}

export interface CellTable {
  header: TableRow;
  rows: TableRow[];
}

/** A CSV file as a table (readCsvTable's checks: UTF-8, at least one row, the row limit). */
export function csvCellTable(text: string): CellTable {
  const { header, data } = readCsvTable(text);
  const cell = (raw: string): Cell =>
    isFormulaText(raw) ? { formula: true } : { text: unguardFormula(raw) };
  return {
    header: { line: header.line, cells: header.cells.map(cell) },
    rows: data.map((record) => ({ line: record.line, cells: record.cells.map(cell) })),
  };
}

/** A cell's text for the field-count check; a formula counts as a filled cell. */
export function cellTexts(row: TableRow): string[] {
  return row.cells.map((c) => ('text' in c ? c.text : '='));
}
