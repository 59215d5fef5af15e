import { stringify } from 'csv-stringify/sync';

/** A cell a spreadsheet would run as a formula: =, +, -, @, or a tab or CR that hides one. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** A leading apostrophe makes a spreadsheet show the cell as text; our importers strip it again. */
export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * CSV as Excel opens it (UTF-8 BOM, CRLF), every cell guarded against formula injection, and any
 * cell holding a comma, a quote, CR or LF quoted, so a line break typed in a note stays inside its
 * cell.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify([[...header], ...rows.map((row) => row.map(guardFormula))], {
    bom: true,
    record_delimiter: 'windows',
    quoted_match: /[\r\n",]/,
  });
}
