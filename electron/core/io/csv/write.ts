import { stringify } from 'csv-stringify/sync';
import { guardFormula } from './formula';

/**
 * CSV as Excel opens it (UTF-8 BOM, CRLF), every line of every cell guarded against formula
 * injection, and a cell holding a line break of any kind quoted (commas and quotes are quoted
 * anyway), so a note typed over several lines stays one cell and imports back.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify([[...header], ...rows.map((row) => row.map(guardFormula))], {
    bom: true,
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  });
}
