import ExcelJS from 'exceljs';
import type { Product } from '../../../../shared/features/products';
import { UNREADABLE_CHARACTERS } from '../../../../shared/kernel/text-fields';
import { FILE_HEADERS, productCells } from './table';

/**
 * The shelf as Excel (.xlsx); io/xlsx/read.ts reads it back. Exports write every value as text,
 * so codes such as 0050 keep their zeros.
 */

const SHEET_NAME = '商品';

/** The shelf as an .xlsx workbook, one sheet, header row frozen. */
export async function productsToXlsx(products: readonly Product[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'AdvisorDesk';
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...FILE_HEADERS]).font = { bold: true };
  // NUL and U+FFFD are not valid in the sheet's XML and an import refuses them (text-fields.ts).
  for (const product of products) {
    sheet.addRow(productCells(product).map((cell) => cell.replace(UNREADABLE_CHARACTERS, '')));
  }
  sheet.columns.forEach((column) => {
    column.width = 16;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
