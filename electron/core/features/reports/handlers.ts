import {
  BOOK_MESSAGES,
  REPORT_CHANNELS,
  type BookFormats,
  type BookReport,
  type ReportFormat,
} from '../../../../shared/features/reports';
import type { Settings } from '../../../../shared/features/settings';
import type { Language } from '../../../../shared/i18n/messages';
import { calendarDay } from '../../../../shared/kernel/dates';
import type { CoreContext } from '../../kernel/context';
import { WriteAfter, type FeatureHandlers } from '../../kernel/handlers';
import { textFormatsOf } from '../../kernel/personal-data';
import { renderBookPdf } from './book-pdf';
import { bookCsv, bookXlsx } from './book-table';
import { ReportsRepository } from './repository';
import { ReportsService, type BookSources } from './service';

export function createReportsService(context: CoreContext, sources: BookSources): ReportsService {
  return new ReportsService(
    context.perDatabase((db) => new ReportsRepository(db)),
    sources,
    () => context.settings(),
    () => context.now(),
  );
}

/** The report written as the file asked for, with its name. */
export async function bookReportFile(
  context: CoreContext,
  report: BookReport,
  format: ReportFormat,
  language: Language,
  clientName: string | null,
): Promise<{ fileName: string; bytes: Buffer }> {
  const settings: Settings = context.settings();
  const formats = textFormatsOf(settings, language);
  const f: BookFormats = { date: formats.date, twd: (amount) => formats.twd(amount) };
  const tiers = settings.tiers.tiers;
  const base = BOOK_MESSAGES[language].fileName(report.from, report.to);
  const generatedOn = calendarDay(new Date(context.now()), settings.timeZone)!;
  if (format === 'csv')
    return { fileName: `${base}.csv`, bytes: Buffer.from(bookCsv(report, tiers, language, f), 'utf8') };
  if (format === 'xlsx')
    return { fileName: `${base}.xlsx`, bytes: await bookXlsx(report, tiers, language, f) };
  const pdf = await renderBookPdf(
    context.documents,
    { report, settings, language, generatedOn, clientName },
    f,
  );
  return { fileName: `${base}.pdf`, bytes: pdf };
}

export function createReportsHandlers(
  context: CoreContext,
  reports: ReportsService,
): FeatureHandlers<typeof REPORT_CHANNELS> {
  return {
    'book.report': (query) => reports.report(query),
    // Written after the file is made: today's assets, for the change a later report shows.
    'book.reportFile': ({ query, format, language }) => {
      const report = reports.report(query);
      const clientName = query.clientId ? (report.clients[0]?.name ?? null) : null;
      return new WriteAfter(
        bookReportFile(context, report, format, language, clientName).then((file) => () => {
          reports.snapshot(report);
          return {
            fileName: file.fileName,
            base64: file.bytes.toString('base64'),
            clientId: report.clientId,
          };
        }),
      );
    },
  };
}
