import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { guardFormula, isFormulaText, unguardFormula } from '../../../electron/core/io/csv/formula';
import { writeCsv } from '../../../electron/core/io/csv/write';

// Spreadsheets read full-width ＝＋－＠ as their ASCII forms, and skip invisible format characters
// (zero-width space, BOM, joiners, direction marks) before a formula.
const DISGUISED = [
  '＝HYPERLINK("x")',
  '＋1+cmd',
  '－2+3',
  '＠SUM(1)',
  '\u200B=cmd|" /C calc"!A0',
  '\uFEFF=1+1',
  '\u200D\u2060+1+cmd',
  '\u200E@SUM(1)',
  '\u00AD-2+3',
] as const;

describe('formula guard', () => {
  it.each(DISGUISED)('guards %j in a CSV export and reads it back unchanged', (text) => {
    const csv = writeCsv(['cell'], [[text], [`note\n${text}`]]);
    const cells = parse(csv.slice(1)) as string[][];
    expect(cells[1]![0]).toBe(`'${text}`);
    expect(cells[2]![0]).toBe(`note\n'${text}`);
    expect(unguardFormula(guardFormula(text))).toBe(text);
  });

  it.each(DISGUISED)('treats %j in an import file as a formula', (text) => {
    expect(isFormulaText(text)).toBe(true);
    expect(isFormulaText(guardFormula(text))).toBe(false);
  });

  it('leaves plain text and invisible characters before ordinary text alone', () => {
    for (const text of ['王小明', '\u200B王', '\uFEFF備註', '全形－']) {
      expect(guardFormula(text)).toBe(text);
    }
    expect(isFormulaText('－5')).toBe(false);
  });
});
