import type { Command } from 'commander';
import { call } from '../core-call';
import type { CliContext } from '../program';

/**
 * `clients archive ID [--restore]`: takes a client out of the working book (or back), as JSON.
 * `clients merge --keep ID --merge ID`: merges a duplicate dossier into the one kept, as JSON (the
 * client kept and the rows moved per feature). Both read the clients' versions first, as a screen
 * would have; refusals are the core's, in zh-TW and English, with a non-zero exit.
 */
export function registerClientBookCommands(program: Command, { io, openCore, group }: CliContext): void {
  const clients = group('clients', 'client dossiers');

  clients
    .command('archive <id>')
    .description('archive a client: out of the list, tiering and the 今日 page, kept whole')
    .option('--restore', 'bring an archived client back into the working book')
    .action(async (id: string, opts: { restore?: boolean }) => {
      const core = await openCore();
      const { version } = await call(core, 'clients.get', { id });
      const client = await call(core, 'clients.archive', { id, archived: !opts.restore, version });
      io.out(JSON.stringify(client, null, 2));
    });

  clients
    .command('merge')
    .description('merge a duplicate dossier into the one kept (refused when both have a national ID)')
    .requiredOption('--keep <id>', 'the dossier that stays')
    .requiredOption('--merge <id>', 'the duplicate, removed once its records moved')
    .action(async (opts: { keep: string; merge: string }) => {
      const core = await openCore();
      const keep = await call(core, 'clients.get', { id: opts.keep });
      const duplicate = await call(core, 'clients.get', { id: opts.merge });
      const merged = await call(core, 'clients.merge', {
        keepId: opts.keep,
        keepVersion: keep.version,
        mergeId: opts.merge,
        mergeVersion: duplicate.version,
      });
      io.out(JSON.stringify(merged, null, 2));
    });
}
