import type { Command } from 'commander';
import { DEMO_MAX_CLIENTS } from '../../../shared/features/demo';
import { CliError } from '../cli-io';
import { call } from '../core-call';
import type { CliContext } from '../program';

function parseCount(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > DEMO_MAX_CLIENTS)
    throw new CliError(`--clients must be a whole number from 1 to ${DEMO_MAX_CLIENTS}`);
  return n;
}

/** Demo data: marked, refused into a vault with real clients unless forced, removable as a whole. */
export function registerDemoCommands(program: Command, { io, openCore, group }: CliContext): void {
  program
    .command('seed-demo')
    .description('add synthetic demo clients, marked as such (refused when the vault holds real clients)')
    .option('--clients <n>', 'how many', '200')
    .option('--seed <n>', 'random seed, for repeatable data', '1')
    .option('--force', 'add them even though the vault holds real clients')
    .action(async (opts: { clients: string; seed: string; force?: boolean }) => {
      const count = parseCount(opts.clients);
      const seed = Number(opts.seed);
      if (!Number.isInteger(seed) || seed < 1) throw new CliError('--seed must be a whole number from 1');
      const core = await openCore();
      const { added, skipped } = await call(core, 'demo.seed', { count, seed, force: Boolean(opts.force) });
      io.out(`added ${added} demo clients${skipped ? ` (${skipped} left out: national ID on file)` : ''}`);
    });

  group('clients', 'client dossiers')
    .command('purge-demo')
    .description('remove every demo client (real clients are kept)')
    .action(async () => {
      const { removed } = await call(await openCore(), 'demo.purge', {});
      io.out(`removed ${removed} demo clients`);
    });
}
