import { stringify } from 'csv-stringify/sync';
import { UNREADABLE_CHARACTERS } from '../../../../shared/kernel/text-fields';
import { guardFormula } from './formula';

/**
 * A cell as exported: guarded against formulas, and without NUL or U+FFFD, which an import
 * refuses and the forms no longer accept, so a record saved before that rule still comes back.
 */
export function exportCell(text: string): string {
  return guardFormula(text.replace(UNREADABLE_CHARACTERS, ''));
}

/**
 * CSV as Excel opens it (UTF-8 BOM, CRLF), every line of every cell guarded against formula
 * injection, and a cell holding a line break of any kind quoted (commas and quotes are quoted
 * anyway), so a note typed over several lines stays one cell and imports back.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify([[...header], ...rows.map((row) => row.map(exportCell))], {
    bom: true,
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  });
}
