import type { Command } from 'commander';
import { GIVEN_METHODS, MATERIAL_KINDS } from '../../../shared/features/information-records';
import { today } from '../../../shared/kernel/dates';
import { call } from '../core-call';
import { writeOutputFile } from '../output-file';
import type { CliContext } from '../program';

const json = (value: unknown) => JSON.stringify(value, null, 2);
/** Repeated options (`--client A --client B`) collect into a list. */
const collect = (value: string, list: string[]) => [...list, value];

/** `info-given add|list|report`: records of information given (O2.2.1). The core checks every value. */
export function registerInformationRecordCommands(
  _program: Command,
  { io, openCore, group }: CliContext,
): void {
  const info = group(
    'info-given',
    'records of information given (提供資訊紀錄): which material went to which clients',
  );

  info
    .command('add')
    .description('record a material given to one or more clients; prints the record as JSON')
    .requiredOption('--client <id>', "a client's internal ID (repeat for several)", collect, [])
    .requiredOption('--title <text>', 'the material as it was titled when given')
    .requiredOption('--method <method>', `how: ${GIVEN_METHODS.join(', ')}`)
    .option('--kind <kind>', `the material: ${MATERIAL_KINDS.join(', ')}`, 'material')
    .option('--ref <id>', "the deck's, product's or PDF's ID")
    .option('--date <date>', 'the day given, YYYY-MM-DD (default today)')
    .option('--note <text>', 'a note')
    .action(
      async (opts: {
        client: string[];
        title: string;
        method: string;
        kind: string;
        ref?: string;
        date?: string;
        note?: string;
      }) => {
        const core = await openCore();
        const givenOn = opts.date ?? today((await call(core, 'settings.get', {})).timeZone);
        const record = await call(core, 'information.add', {
          data: {
            material: { kind: opts.kind as never, refId: opts.ref ?? null, title: opts.title },
            clientIds: opts.client,
            givenOn,
            method: opts.method as never,
            note: opts.note ?? null,
          },
        });
        io.out(json(record));
      },
    );

  info
    .command('list')
    .description('records, newest first, as JSON')
    .option('--client <id>', 'only what this client received')
    .option('--kind <kind>', `only this kind of material: ${MATERIAL_KINDS.join(', ')}`)
    .option('--ref <id>', 'only this material')
    .option('--from <date>', 'first day (YYYY-MM-DD)')
    .option('--to <date>', 'last day (YYYY-MM-DD)')
    .action(async (opts: { client?: string; kind?: string; ref?: string; from?: string; to?: string }) => {
      const core = await openCore();
      const filter = {
        ...(opts.client ? { clientId: opts.client } : {}),
        ...(opts.kind ? { materialKind: opts.kind as never } : {}),
        ...(opts.ref ? { refId: opts.ref } : {}),
        ...(opts.from ? { from: opts.from } : {}),
        ...(opts.to ? { to: opts.to } : {}),
      };
      io.out(json(await call(core, 'information.list', filter)));
    });

  info
    .command('report')
    .description('what was given in a period, by material or by client: JSON, or --out FILE.csv')
    .requiredOption('--from <date>', 'first day (YYYY-MM-DD)')
    .requiredOption('--to <date>', 'last day (YYYY-MM-DD)')
    .option('--by <grouping>', 'material | client', 'material')
    .option('--out <file>', 'write the report as CSV')
    .option('--lang <language>', 'zh-TW | en (CSV)', 'zh-TW')
    .option('--force', 'replace the file if it exists')
    .action(
      async (opts: { from: string; to: string; by: string; out?: string; lang: string; force?: boolean }) => {
        const core = await openCore();
        const period = { from: opts.from, to: opts.to, by: opts.by as never };
        if (opts.out) {
          const { csv } = await call(core, 'information.reportCsv', {
            ...period,
            language: opts.lang as never,
          });
          writeOutputFile(opts.out, csv, { force: Boolean(opts.force) });
        } else {
          io.out(json(await call(core, 'information.report', period)));
        }
      },
    );
}
