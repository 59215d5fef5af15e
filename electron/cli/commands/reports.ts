import { extname } from 'node:path';
import type { Command } from 'commander';
import { REPORT_FORMATS, type ReportFormat } from '../../../shared/features/reports';
import { CliError } from '../cli-io';
import { call } from '../core-call';
import { oneOf } from '../options';
import { writeOutputFile } from '../output-file';
import type { CliContext } from '../program';

/** The file's kind from its name: report.pdf, report.csv or report.xlsx. */
function formatOf(out: string): ReportFormat {
  const extension = extname(out).slice(1).toLowerCase();
  if (!(REPORT_FORMATS as readonly string[]).includes(extension)) {
    throw new CliError(
      `--out 的副檔名須為 ${REPORT_FORMATS.join('、')} / --out must end in .${REPORT_FORMATS.join(', .')}`,
    );
  }
  return extension as ReportFormat;
}

/** `book report --from --to --out FILE.pdf|csv|xlsx [--client ID]`: the relationship report (O1.2.1). */
export function registerReportCommands(_program: Command, { io, openCore, group }: CliContext): void {
  const book = group('book', 'the book of clients: the relationship management report');
  book
    .command('report')
    .description('write the relationship report for the book (or one client) over a period')
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day, YYYY-MM-DD')
    .requiredOption('--out <file>', 'the file to write: .pdf, .csv or .xlsx')
    .option('--client <id>', "one client's report")
    .option('--language <language>', 'zh-TW (default) or en', 'zh-TW')
    .option('--force', 'replace an existing file')
    .action(
      async (opts: {
        from: string;
        to: string;
        out: string;
        client?: string;
        language: string;
        force?: boolean;
      }) => {
        const format = formatOf(opts.out);
        const language = oneOf(opts.language, ['zh-TW', 'en'] as const, '--language');
        const core = await openCore();
        const query = { from: opts.from, to: opts.to, ...(opts.client ? { clientId: opts.client } : {}) };
        const file = await call(core, 'book.reportFile', { query, format, language });
        writeOutputFile(opts.out, Buffer.from(file.base64, 'base64'), { force: Boolean(opts.force) });
        io.out(opts.out);
      },
    );
}
