import type { Command } from 'commander';
import { call } from '../core-call';
import type { CliContext } from '../program';

/**
 * `investor-class show --client ID [--day YYYY-MM-DD]`: the class in effect (today in the firm's
 * time zone unless --day) and every application with its evidence, as JSON.
 */
export function registerInvestorClassCommands(program: Command, { io, openCore, group }: CliContext): void {
  group('investor-class', 'investor classes (professional investor, high-asset client)')
    .command('show')
    .requiredOption('--client <id>', "the client's internal ID")
    .option('--day <YYYY-MM-DD>', 'the class in effect on this day (default: today)')
    .action(async (opts: { client: string; day?: string }) => {
      const core = await openCore();
      const current = await call(core, 'classes.current', {
        clientId: opts.client,
        ...(opts.day ? { day: opts.day } : {}),
      });
      const { applications } = await call(core, 'classes.list', { clientId: opts.client });
      io.out(
        JSON.stringify(
          { clientId: opts.client, day: current.day, investorClass: current.investorClass, applications },
          null,
          2,
        ),
      );
    });
}
