import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { genderFromNationalId, type ClientInput } from '../../../shared/features/clients';
import { parseAmount } from '../../../shared/kernel/money';
import { call } from '../core-call';
import { writeOutputFile } from '../output-file';
import { CliError } from '../cli-io';
import type { CliContext } from '../program';
import { collect, printSummaries, registerClientListCommands } from './client-list';

/**
 * `--asset USD:120000`, `--asset TWD:500萬` → a holding, the amount read like the CSV import reads
 * it (shared/kernel/money.ts); the schema then checks the currency and the amount.
 */
function parseAsset(text: string) {
  const match = /^([A-Za-z]{3})\s*[:：]\s*(.+)$/.exec(text.trim());
  const amount = match ? parseAmount(match[2]!) : null;
  if (!match || amount === null) {
    throw new CliError(`--asset must look like USD:120000 or TWD:500萬, got "${text}"`);
  }
  return { currency: match[1]!.toUpperCase(), amount };
}

/** `--income 120萬`; text it cannot read is passed on for the schema to refuse by name. */
function parseIncome(text: string): number | string {
  return parseAmount(text) ?? text;
}

export function registerClientCommands(program: Command, context: CliContext): void {
  const { io, openCore, group } = context;
  const clients = group('clients', 'client dossiers');

  registerClientListCommands(clients, context);

  clients
    .command('search <query>')
    .description('by name, national-ID or phone fragment (one character is enough)')
    .option('--limit <n>', 'at most this many', '100')
    .option('--json', 'print JSON')
    .action(async (query: string, opts: { limit: string; json?: boolean }) => {
      const core = await openCore();
      const page = await call(core, 'clients.list', { text: query, limit: Number(opts.limit) });
      printSummaries(io, page.total, page.items, Boolean(opts.json));
    });

  clients
    .command('show <id>')
    .option('--reveal', 'show the full national ID (written to the audit trail)')
    .action(async (id: string, opts: { reveal?: boolean }) => {
      const core = await openCore();
      const client = await call(core, 'clients.get', { id });
      const revealed = opts.reveal
        ? (await call(core, 'clients.revealNationalId', { id })).nationalId
        : undefined;
      io.out(JSON.stringify(revealed ? { ...client, nationalId: revealed } : client, null, 2));
    });

  clients
    .command('add')
    .requiredOption('--name <name>')
    .option('--national-id <id>', 'required unless the status is prospect')
    .option('--birth-date <YYYY-MM-DD>')
    .option('--gender <F|M|X>', 'gender (default: from the national ID)')
    .option('--phone <phone>')
    .option('--email <email>')
    .option('--address <address>')
    .option('--occupation <text>')
    .option('--employer <text>')
    .option('--income <twd>', 'annual income in TWD')
    .option('--asset <CUR:amount>', 'investable assets, repeatable', collect, [])
    .option('--source-of-wealth <text>')
    .option(
      '--acquisition <source>',
      'referral | walk_in | seminar | existing_client | online | cold_call | other',
      'other',
    )
    .option('--status <status>', 'prospect | active | dormant | closed', 'prospect')
    .option('--advisor <name>')
    .option('--tag <tag>', 'repeatable', collect, [])
    .option('--notes <text>')
    .action(async (o: Record<string, string | string[] | undefined>) => {
      const text = (key: string) => (typeof o[key] === 'string' ? (o[key] as string) : null);
      const income = text('income');
      const nationalId = text('nationalId');
      const data = {
        name: text('name') ?? '',
        nationalId,
        birthDate: text('birthDate'),
        // An invalid ID is reported by itself; X keeps gender from adding a second error.
        gender: text('gender') ?? (nationalId === null ? null : genderFromNationalId(nationalId)) ?? 'X',
        phone: text('phone'),
        email: text('email'),
        address: text('address'),
        occupation: text('occupation'),
        employer: text('employer'),
        annualIncomeTwd: income === null ? null : parseIncome(income),
        investableAssets: (o.asset as string[]).map(parseAsset),
        sourceOfWealth: text('sourceOfWealth'),
        acquisitionSource: text('acquisition'),
        status: text('status'),
        advisor: text('advisor'),
        tags: o.tag as string[],
        notes: text('notes'),
        household: [],
      } as unknown as ClientInput; // the router validates every field and names the bad ones
      const core = await openCore();
      const client = await call(core, 'clients.create', { data });
      io.out(`added ${client.id} ${client.nationalIdMasked}`.trimEnd());
    });

  clients
    .command('import <file>')
    .description('CSV in UTF-8 (see docs/csv-format.md); any bad row imports nothing')
    .action(async (file: string) => {
      const csv = await readFile(file, 'utf8').catch(() => {
        throw new CliError(`cannot read ${file}`);
      });
      const core = await openCore();
      const { imported } = await call(core, 'clients.importCsv', { csv });
      io.out(`imported ${imported} clients`);
    });

  clients
    .command('export')
    .requiredOption('--out <file>', 'where to write the CSV')
    .option('--include-national-id', 'write full national IDs instead of masked ones')
    .option('--force', 'replace the file if it exists')
    .action(async (opts: { out: string; includeNationalId?: boolean; force?: boolean }) => {
      const core = await openCore();
      const { csv, count } = await call(core, 'clients.exportCsv', {
        includeNationalId: Boolean(opts.includeNationalId),
      });
      writeOutputFile(opts.out, csv, { force: Boolean(opts.force) });
      io.out(`exported ${count} clients to ${opts.out}`);
    });

  program
    .command('dossier-pdf <id>')
    .description('the one-page 客戶資料卡 PDF')
    .requiredOption('--out <file>', 'where to write the PDF')
    .option('--force', 'replace the file if it exists')
    .action(async (id: string, opts: { out: string; force?: boolean }) => {
      const core = await openCore();
      const { pdfBase64 } = await call(core, 'clients.dossierPdf', { id });
      writeOutputFile(opts.out, Buffer.from(pdfBase64, 'base64'), { force: Boolean(opts.force) });
      io.out(`wrote ${opts.out}`);
    });

  clients
    .command('delete <id>')
    .description(
      'deletes a client (not archiving): personal data removed, records the retention rules keep held under a tombstone; run again after the retention period to purge them',
    )
    .requiredOption('--reason <text>', 'why (kept with the tombstone, not in the audit trail)')
    .requiredOption('--confirm-name <name>', "the client's name typed again (for a deleted client: its ID)")
    .action(async (id: string, opts: { reason: string; confirmName: string }) => {
      const core = await openCore();
      const done = await call(core, 'clients.delete', {
        id,
        reason: opts.reason,
        confirmName: opts.confirmName,
      });
      io.out(
        done.outcome === 'tombstone'
          ? `已刪除個人資料；法定紀錄保存至 ${done.retainUntil} / personal data removed; required records kept until ${done.retainUntil}`
          : `保存期限已過，法定紀錄已清除 / retention ended (${done.retainUntil}); kept records purged`,
      );
    });
}
