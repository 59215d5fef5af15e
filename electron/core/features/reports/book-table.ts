import ExcelJS from 'exceljs';
import { CLIENT_LABELS, CLIENT_STATUSES } from '../../../../shared/features/clients';
import type { BookClientRow, BookReport, BookTierLine } from '../../../../shared/features/reports';
import type { Tier } from '../../../../shared/features/tiers/settings';
import type { Language } from '../../../../shared/i18n/messages';
import { UNREADABLE_CHARACTERS } from '../../../../shared/kernel/text-fields';
import { writeCsv } from '../../io/csv/write';
import { BOOK_MESSAGES } from './book-messages';

/** How the report's cells are written: the firm's date style and money in the reader's language. */
export interface BookFormats {
  date(isoDate: string): string;
  twd(amount: number): string;
}

export function tierName(key: string | null, tiers: readonly Tier[], language: Language): string {
  return tiers.find((t) => t.key === key)?.name[language] ?? BOOK_MESSAGES[language].noTier;
}

export function tierHeader(language: Language): string[] {
  const { before, after } = BOOK_MESSAGES[language].tierColumns;
  return [...before, ...CLIENT_STATUSES.map((s) => CLIENT_LABELS[language].status[s]), ...after];
}

export function tierCells(line: BookTierLine, name: string, f: BookFormats): string[] {
  return [
    name,
    String(line.clients),
    ...CLIENT_STATUSES.map((s) => String(line.byStatus[s])),
    f.twd(line.assetsTwd),
    String(line.contacts),
    String(line.visits),
    String(line.planMet),
    String(line.planMissed),
  ];
}

/** One client's line, in the order of `clientColumns`. */
export function clientCells(
  row: BookClientRow,
  tiers: readonly Tier[],
  language: Language,
  f: BookFormats,
): string[] {
  const text = BOOK_MESSAGES[language];
  const none = text.overview.none;
  return [
    row.name,
    row.tierKey === null ? text.noTier : tierName(row.tierKey, tiers, language),
    CLIENT_LABELS[language].status[row.status],
    f.twd(row.assetsTwd),
    String(row.contacts),
    String(row.visits),
    row.contactsRequired === null ? none : String(row.contactsRequired),
    row.planMet === null ? text.noPlan : row.planMet ? text.planMet : text.planMissed,
    row.lastContact === null ? none : f.date(row.lastContact),
    row.satisfaction === null ? none : row.satisfaction.toFixed(1),
    String(row.openFollowUps),
    String(row.overdueFollowUps),
    String(row.openEscalations),
  ];
}

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
