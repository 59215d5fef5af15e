import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Command } from 'commander';
import { call } from '../core-call';
import { CliError } from '../cli-io';
import { writeOutputFile } from '../output-file';
import type { CliContext } from '../program';

/** A client's holdings: list as JSON, import a CSV or .xlsx file (replacing them), export CSV. */
export function registerHoldingsCommands(program: Command, { io, openCore, group }: CliContext): void {
  const holdings = group('holdings', "a client's holdings (positions and cash)");

  holdings
    .command('list')
    .requiredOption('--client <id>', "the client's ID")
    .description('the positions and cash valued in TWD at the firm rates, as JSON')
    .action(async (opts: { client: string }) => {
      const core = await openCore();
      io.out(JSON.stringify(await call(core, 'holdings.get', { clientId: opts.client }), null, 2));
    });

  holdings
    .command('import <file>')
    .requiredOption('--client <id>', "the client's ID")
    .option('--force', 'replace the holdings the client already has')
    .description('a .csv (UTF-8) or .xlsx file (see docs/holdings-format.md); any bad row imports nothing')
    .action(async (file: string, opts: { client: string; force?: boolean }) => {
      const format = extname(file).slice(1).toLowerCase();
      if (format !== 'csv' && format !== 'xlsx') {
        throw new CliError(`檔案須為 .csv 或 .xlsx / the file must be .csv or .xlsx, got "${file}"`);
      }
      const bytes = await readFile(file).catch(() => {
        throw new CliError(`無法讀取檔案 / cannot read ${file}`);
      });
      const core = await openCore();
      const clientId = opts.client;
      const { valuation } = await call(core, 'holdings.get', { clientId });
      const held = valuation.positions.length + valuation.cash.length;
      if (held > 0 && !opts.force) {
        throw new CliError(
          `客戶已有 ${held} 筆持有部位，加上 --force 以取代 / the client already has ${held} holdings; add --force to replace them`,
        );
      }
      const replace = Boolean(opts.force);
      const result =
        format === 'csv'
          ? await call(core, 'holdings.importCsv', { clientId, replace, csv: bytes.toString('utf8') })
          : await call(core, 'holdings.importXlsx', {
              clientId,
              replace,
              xlsxBase64: bytes.toString('base64'),
            });
      io.out(`imported ${result.positions} positions and ${result.cash} cash lines`);
    });

  holdings
    .command('export')
    .requiredOption('--client <id>', "the client's ID")
    .requiredOption('--out <file>', 'where to write the CSV file')
    .option('--force', 'replace the file if it exists')
    .action(async (opts: { client: string; out: string; force?: boolean }) => {
      const core = await openCore();
      const { csv, count } = await call(core, 'holdings.exportCsv', { clientId: opts.client });
      writeOutputFile(opts.out, csv, { force: Boolean(opts.force) });
      io.out(`exported ${count} rows to ${opts.out}`);
    });
}
