import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { readCsvTable } from '../../../electron/core/io/csv/read';
import { readXlsxTable } from '../../../electron/core/io/xlsx/read';
import { AppError } from '../../../shared/ipc/result';
import { MAX_IMPORT_ROWS } from '../../../shared/kernel/limits';

function refusal(work: () => unknown): { line: number; message: string }[] {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return ((error as AppError).details as { errors: { line: number; message: string }[] }).errors;
  }
  throw new Error('expected a refusal');
}

describe('the import row limit', () => {
  // Every CSV import (clients, shelf, holdings) reads through readCsvTable.
  it('stops reading a CSV at the limit: what lies beyond it is never parsed', () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 50 }, (_, i) => `${i},x`);
    // An unclosed quote at the very end: a reader that parsed the whole file would report that.
    const text = ['a,b', ...rows, '"never closed,x'].join('\n');
    expect(refusal(() => readCsvTable(text))).toEqual([
      { line: MAX_IMPORT_ROWS + 2, field: '', message: 'import.file.tooManyRows' },
    ]);
  });

  it('still counts blank lines and Excel blank rows (",,") as no rows', () => {
    const text = ['a,b', ...Array.from({ length: MAX_IMPORT_ROWS }, () => '1,x\n,\n')].join('\n');
    expect(readCsvTable(text).data).toHaveLength(MAX_IMPORT_ROWS);
  });
});

describe('the import row limit in an .xlsx', () => {
  it('refuses an empty file at once (the streaming row count waited forever on it)', async () => {
    const started = Date.now();
    await expect(readXlsxTable(Buffer.alloc(0))).rejects.toMatchObject({ code: 'IMPORT_INVALID' });
    await expect(readXlsxTable(Buffer.from('PK\x03\x04'))).rejects.toMatchObject({ code: 'IMPORT_INVALID' });
    expect(Date.now() - started).toBeLessThan(1_500);
  }, 10_000);

  it('is checked while streaming the rows, before the workbook is loaded whole', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('data');
    sheet.addRow(['a', 'b']);
    for (let i = 0; i <= MAX_IMPORT_ROWS; i += 1) sheet.addRow([i, 'x']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const fullLoad = vi.spyOn(
      Object.getPrototypeOf(new ExcelJS.Workbook().xlsx) as { load: () => unknown },
      'load',
    );
    try {
      const error = await readXlsxTable(bytes).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).details).toMatchObject({
        errors: [{ line: MAX_IMPORT_ROWS + 2, message: 'import.file.tooManyRows' }],
      });
      expect(fullLoad).not.toHaveBeenCalled();
    } finally {
      fullLoad.mockRestore();
    }
  }, 120_000);
});
