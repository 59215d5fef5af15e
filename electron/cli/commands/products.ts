import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Command } from 'commander';
import {
  PRODUCT_STATE_WORDS,
  PRODUCT_TYPES,
  PRODUCT_TYPE_WORDS,
  riskRatingLabel,
  type ProductSummary,
} from '../../../shared/features/products';
import { call } from '../core-call';
import { CliError, type CliIo } from '../cli-io';
import { writeOutputFile } from '../output-file';
import type { CliContext } from '../program';

function printShelf(io: CliIo, total: number, items: ProductSummary[], json: boolean): void {
  if (json) {
    io.out(JSON.stringify({ total, items }, null, 2));
    return;
  }
  for (const p of items) {
    io.out(
      [
        p.code,
        p.nameZh,
        PRODUCT_TYPE_WORDS[p.type]['zh-TW'],
        p.currency,
        riskRatingLabel(p.riskRating),
        PRODUCT_STATE_WORDS[p.state]['zh-TW'],
        p.isDemo ? '示範' : '',
        p.id,
      ].join('\t'),
    );
  }
  io.out(`${items.length} of ${total} products`);
}

/** `--rr 3` or `--rr RR3`; anything else is passed on for the contract to refuse by name. */
function parseRisk(text: string): number {
  const match = /^(?:rr)?(\d+)$/i.exec(text.trim());
  if (!match) throw new CliError(`--rr must be 1 to 5 (or RR1 to RR5), got "${text}"`);
  return Number(match[1]);
}

function formatOf(file: string, given: string | undefined): 'csv' | 'xlsx' {
  const format = (given ?? extname(file).slice(1)).toLowerCase();
  if (format === 'csv' || format === 'xlsx') return format;
  throw new CliError(
    `the format must be csv or xlsx (from --format or the file's extension), got "${format}"`,
  );
}

/** The product shelf (KYP): import and export as CSV or Excel, list with filters, the demo shelf. */
export function registerProductCommands(program: Command, { io, openCore, group }: CliContext): void {
  const products = group('products', 'the product shelf (KYP)');

  products
    .command('list')
    .option('--rr <n>', "the firm's risk rating, 1 to 5")
    .option('--type <type>', PRODUCT_TYPES.join(' | '))
    .option('--json', 'print JSON')
    .action(async (opts: { rr?: string; type?: string; json?: boolean }) => {
      const filter = {
        ...(opts.rr ? { riskRating: parseRisk(opts.rr) } : {}),
        ...(opts.type ? { type: opts.type as never } : {}),
      };
      const core = await openCore();
      const { total, items } = await call(core, 'products.list', filter);
      printShelf(io, total, items, Boolean(opts.json));
    });

  products
    .command('import <file>')
    .description('a .csv (UTF-8) or .xlsx file (see docs/products-format.md); any bad row imports nothing')
    .action(async (file: string) => {
      const format = formatOf(file, undefined);
      const bytes = await readFile(file).catch(() => {
        throw new CliError(`cannot read ${file}`);
      });
      const core = await openCore();
      const { imported } =
        format === 'csv'
          ? await call(core, 'products.importCsv', { csv: bytes.toString('utf8') })
          : await call(core, 'products.importXlsx', { xlsxBase64: bytes.toString('base64') });
      io.out(`imported ${imported} products`);
    });

  products
    .command('export')
    .requiredOption('--out <file>', 'where to write the file')
    .option('--format <format>', 'csv | xlsx (default: from the file extension)')
    .option('--force', 'replace the file if it exists')
    .action(async (opts: { out: string; format?: string; force?: boolean }) => {
      const format = formatOf(opts.out, opts.format);
      const core = await openCore();
      const written =
        format === 'csv'
          ? await call(core, 'products.exportCsv', {}).then(({ csv, count }) => ({ data: csv, count }))
          : await call(core, 'products.exportXlsx', {}).then(({ xlsxBase64, count }) => ({
              data: Buffer.from(xlsxBase64, 'base64'),
              count,
            }));
      writeOutputFile(opts.out, written.data, { force: Boolean(opts.force) });
      io.out(`exported ${written.count} products to ${opts.out}`);
    });

  products
    .command('seed-demo')
    .description('adds the demo shelf (about 60 products, marked as demo); codes already present are skipped')
    .action(async () => {
      const core = await openCore();
      const { added, skipped } = await call(core, 'products.seedDemo', {});
      io.out(`added ${added} demo products${skipped ? `, skipped ${skipped} already on the shelf` : ''}`);
    });
}
