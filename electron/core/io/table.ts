import type { ImportRowError } from '../../../shared/ipc/contract';
import { isFormulaText, unguardFormula } from './csv/formula';
import { importInvalid, normalizeHeader, readCsvTable } from './csv/read';

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

/** An import's columns: each field's key, the header it writes and the spellings it accepts. */
export interface ImportColumn<K extends string> {
  key: K;
  header: string;
  accepted: readonly string[];
}

/**
 * The field of each column of the header row (null for an empty column), from the accepted
 * spellings. An unnamed column holding data, an unknown or repeated header, or a required field
 * missing is refused (VALIDATION with every problem, line 1), before any row is read.
 */
export function readHeaderColumns<K extends string>(
  table: CellTable,
  columns: readonly ImportColumn<K>[],
  required: readonly K[],
): (K | null)[] {
  const byHeader = new Map(
    columns.flatMap((c) => c.accepted.map((h) => [normalizeHeader(h), c.key] as const)),
  );
  const errors: ImportRowError[] = [];
  const seen = new Set<K>();
  const keys = table.header.cells.map((cell, position) => {
    const label = 'text' in cell ? cell.text.trim() : '';
    if (label === '') {
      const used = table.rows.some((r) => {
        const c = r.cells[position];
        return c !== undefined && (!('text' in c) || c.text.trim() !== '');
      });
      if (used) errors.push({ line: 1, field: `#${position + 1}`, message: 'import.column.noHeader' });
      return null;
    }
    const key = byHeader.get(normalizeHeader(label)) ?? null;
    if (key === null) errors.push({ line: 1, field: label, message: 'import.column.unknown' });
    else if (seen.has(key)) errors.push({ line: 1, field: label, message: 'import.column.duplicate' });
    else seen.add(key);
    return key;
  });
  for (const key of required) {
    if (!seen.has(key))
      errors.push({
        line: 1,
        field: columns.find((c) => c.key === key)!.header,
        message: 'import.column.missing',
      });
  }
  if (errors.length > 0) throw importInvalid(errors, 'the header row has errors');
  return keys;
}
