import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { ISSUING_BODIES } from '../../../shared/features/regulatory-updates';
import { CliError } from '../cli-io';
import { call } from '../core-call';
import type { CliContext } from '../program';

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** `regulatory list|add|ack`: the regulatory-update log and this advisor's acknowledgements. */
export function registerRegulatoryUpdateCommands(
  _program: Command,
  { io, openCore, group }: CliContext,
): void {
  const regulatory = group('regulatory', 'regulatory updates (法規動態): the log and read acknowledgements');

  regulatory
    .command('list')
    .description('entries, newest first, with who read them, as JSON')
    .option('--unread', 'only those the advisor (settings advisorName) has not acknowledged')
    .action(async (opts: { unread?: boolean }) => {
      const core = await openCore();
      io.out(json(await call(core, 'regulatory.list', opts.unread ? { unreadOnly: true } : {})));
    });

  regulatory
    .command('add')
    .description('log an update; prints it as JSON')
    .requiredOption('--title <text>', 'its title')
    .requiredOption('--issuer <body>', `who issued it: ${ISSUING_BODIES.join(', ')}`)
    .requiredOption('--issued <date>', 'the issue date, YYYY-MM-DD')
    .option('--effective <date>', 'the day it takes effect, YYYY-MM-DD')
    .option('--reference <text>', 'the issuing body’s reference (發文字號)')
    .option('--summary <text>', 'what it changes')
    .option('--link <url>', 'where to read it (http or https)')
    .option('--file <path>', 'a file to keep with it in the vault (the circular’s PDF)')
    .action(
      async (opts: {
        title: string;
        issuer: string;
        issued: string;
        effective?: string;
        reference?: string;
        summary?: string;
        link?: string;
        file?: string;
      }) => {
        const bytes = opts.file
          ? await readFile(opts.file).catch(() => {
              throw new CliError(`無法讀取 ${opts.file} / cannot read ${opts.file}`);
            })
          : null;
        const core = await openCore();
        let entry = await call(core, 'regulatory.add', {
          data: {
            title: opts.title,
            issuer: opts.issuer as never,
            reference: opts.reference ?? null,
            issuedOn: opts.issued,
            effectiveOn: opts.effective ?? null,
            summary: opts.summary ?? null,
            link: opts.link ?? null,
          },
        });
        if (bytes && opts.file) {
          entry = await call(core, 'regulatory.attach', {
            id: entry.id,
            version: entry.version,
            file: { fileName: basename(opts.file), base64: bytes.toString('base64') },
          });
        }
        io.out(json(entry));
      },
    );

  regulatory
    .command('ack <id>')
    .description('acknowledge an update as read by the advisor (settings advisorName)')
    .action(async (id: string) => {
      const core = await openCore();
      io.out(json(await call(core, 'regulatory.acknowledge', { id })));
    });
}
