import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import {
  FRESHNESS_WORDS,
  IMPORT_ENCODINGS,
  SAMPLE_DATA_WORDS,
  SERIES_KIND_WORDS,
  type ImportEncoding,
} from '../../../shared/features/market-data';
import { call } from '../core-call';
import { CliError } from '../cli-io';
import type { CliContext } from '../program';

/** How often a running import is asked how far it has got. */
const PROGRESS_EVERY_MS = 500;

/** Market data: import a CSV or Excel file, list the series, show one series' points and figures. */
export function registerMarketDataCommands(program: Command, { io, openCore, group }: CliContext): void {
  const market = group('market', 'offline market data (indices, FX, rates, NAVs, gold)');

  market
    .command('import <file>')
    .option('--encoding <encoding>', 'auto (UTF-8 when valid, else Big5), utf-8 or big5', 'auto')
    .description(
      'a .csv or .xlsx file, long (series, date, value) or wide (date + a column per series); any bad row imports nothing',
    )
    .action(async (file: string, opts: { encoding: string }) => {
      if (!(IMPORT_ENCODINGS as readonly string[]).includes(opts.encoding)) {
        throw new CliError(
          `編碼須為 auto、utf-8 或 big5 / --encoding must be auto, utf-8 or big5, got "${opts.encoding}"`,
        );
      }
      const core = await openCore();
      const importId = randomUUID();
      // Large files: say how far the reading has got, on stderr, while the import runs.
      const timer = setInterval(() => {
        void core.invoke('market.importProgress', { importId }).then((result) => {
          if (!result.ok) return;
          const { phase, rows } = result.value as { phase: string; rows: number };
          if (phase === 'reading' && rows > 0) io.err(`讀取中 reading… ${rows.toLocaleString('en')} rows`);
          if (phase === 'writing') io.err('寫入中 writing…');
        });
      }, PROGRESS_EVERY_MS);
      try {
        const report = await call(core, 'market.import', {
          path: file,
          encoding: opts.encoding as ImportEncoding,
          importId,
        });
        io.out(
          `imported ${report.points} points (${report.format}, ${report.layout}${report.encoding ? `, ${report.encoding}` : ''}): ` +
            `${report.added} added, ${report.corrected} corrected, ${report.unchanged} unchanged`,
        );
        for (const s of report.series) {
          io.out(
            `  ${s.code}${s.created ? ' (new)' : ''}: ${s.added} added, ${s.corrected} corrected, ${s.unchanged} unchanged`,
          );
        }
      } finally {
        clearInterval(timer);
      }
    });

  market
    .command('sample')
    .description('load the shipped sample data (about five years of the main series, marked as sample)')
    .action(async () => {
      const core = await openCore();
      const loaded = await call(core, 'market.sampleLoad', {});
      io.out(`loaded ${loaded.series} sample series, ${loaded.points} points`);
      if (loaded.skipped.length > 0) io.out(`left alone (real data): ${loaded.skipped.join(', ')}`);
    });

  const series = market.command('series').description('the series catalogue');

  series
    .command('list')
    .description('every series: code, kind, last date and value, freshness (tab-separated)')
    .action(async () => {
      const core = await openCore();
      const { series: list, today } = await call(core, 'market.seriesList', {});
      io.out(`as of ${today}`);
      for (const s of list) {
        const flags = [
          FRESHNESS_WORDS[s.freshness.state]['zh-TW'],
          s.sample ? SAMPLE_DATA_WORDS['zh-TW'] : null,
        ];
        io.out(
          [
            s.code,
            s.nameZh,
            SERIES_KIND_WORDS[s.kind]['zh-TW'],
            s.lastDate ?? '-',
            s.lastValue ?? '-',
            s.pointCount,
            flags.filter(Boolean).join(' '),
          ].join('\t'),
        );
      }
    });

  series
    .command('show <code>')
    .option('--from <date>', 'first date (YYYY-MM-DD)')
    .option('--to <date>', 'last date (YYYY-MM-DD)')
    .description('one series as JSON: its catalogue entry, freshness, figures and points in the range')
    .action(async (code: string, opts: { from?: string; to?: string }) => {
      const core = await openCore();
      const shown = await call(core, 'market.seriesGet', { code });
      const range = { ...(opts.from ? { from: opts.from } : {}), ...(opts.to ? { to: opts.to } : {}) };
      const { series: points } = await call(core, 'market.points', { codes: [shown.series.code], ...range });
      io.out(JSON.stringify({ ...shown, points: points[0]!.points }, null, 2));
    });
}
