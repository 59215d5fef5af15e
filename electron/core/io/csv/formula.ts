// Spreadsheets run cells that start with these as formulas (OWASP "CSV injection"), full-width
// forms included (＝＋－＠ are read as =+-@), and also when invisible format characters (zero-width
// space, BOM, joiners, direction marks: Unicode Cf) come first. Each line of a cell is guarded,
// and a line that already starts with apostrophes before one of them gets one more, so an
// import's removal of one apostrophe gives back exactly what was exported.
const FORMULA_LINE = /(^|[\r\n])('*\p{Cf}*[=+\-@\t\r＝＋－＠])/gu;
const ESCAPED_FORMULA_LINE = /(^|\n)'('*\p{Cf}*[=+\-@\t\r＝＋－＠])/gu;

/** A leading apostrophe makes a spreadsheet show the line as text. */
export function guardFormula(cell: string): string {
  return cell.replace(FORMULA_LINE, "$1'$2");
}

/** What guardFormula added, taken off again on import. */
export function unguardFormula(cell: string): string {
  return cell.replace(ESCAPED_FORMULA_LINE, '$1$2');
}

// =…, @…, or +/- before anything but a plain number, a space or nothing ("-" alone means none),
// in either width and after any invisible characters.
const FORMULA_TEXT = /^\p{Cf}*(?:[=@＝＠]|[+\-＋－](?!$|\s|[\d.,０-９]+%?$))/u;

/**
 * Whether a cell as read from a file is a formula a spreadsheet would run (an import refuses it
 * rather than store it); a guarded cell ('=…, as exports write) is text.
 */
export function isFormulaText(cell: string): boolean {
  return FORMULA_TEXT.test(cell);
}
