import ExcelJS from 'exceljs';
import {
  BOOK_MESSAGES,
  clientCells,
  type BookFormats,
  type BookReport,
} from '../../../../shared/features/reports';
import type { Tier } from '../../../../shared/features/tiers/settings';
import type { Language } from '../../../../shared/i18n/messages';
import { UNREADABLE_CHARACTERS } from '../../../../shared/kernel/text-fields';
import { writeCsv } from '../../io/csv/write';

/** The report as CSV: one line per client (the figures by tier are the PDF's and the screen's). */
export function bookCsv(
  report: BookReport,
  tiers: readonly Tier[],
  language: Language,
  f: BookFormats,
): string {
  return writeCsv(
    BOOK_MESSAGES[language].clientColumns,
    report.clients.map((row) => clientCells(row, tiers, language, f)),
  );
}

/** The report as an .xlsx workbook: the clients' sheet, header frozen, every value as text. */
export async function bookXlsx(
  report: BookReport,
  tiers: readonly Tier[],
  language: Language,
  f: BookFormats,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'AdvisorDesk';
  const text = BOOK_MESSAGES[language];
  const sheet = workbook.addWorksheet(text.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...text.clientColumns]).font = { bold: true };
  for (const row of report.clients) {
    sheet.addRow(clientCells(row, tiers, language, f).map((cell) => cell.replace(UNREADABLE_CHARACTERS, '')));
  }
  sheet.columns.forEach((column) => {
    column.width = 14;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
