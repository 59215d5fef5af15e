import type { Command } from 'commander';
import { MAX_OVERDUE_PAGE, type ServiceKind } from '../../../shared/features/tiers';
import { call } from '../core-call';
import type { CliContext } from '../program';

/**
 * `tiers recompute`: tiers every client again in one unit of work and prints the counts.
 * `tiers overdue [--as-of DAY] [--tier KEY] [--kind contact|review|kyc]`: the overdue list as JSON.
 * `tiers show --client ID`: the client's tier, plan, due dates and history as JSON.
 */
export function registerTierCommands(program: Command, { io, openCore, group }: CliContext): void {
  const tiers = group('tiers', 'client tiers and service plans');
  tiers
    .command('recompute')
    .description('tier every client by assets and criteria; changes are recorded')
    .action(async () => {
      const core = await openCore();
      const result = await call(core, 'tiers.recompute', {});
      io.out(
        `已重新計算 ${result.clients} 位客戶的分級：首次分級 ${result.tiered} 位，分級變動 ${result.changed} 位。`,
      );
    });
  tiers
    .command('overdue')
    .description('clients whose contact, review or KYC is due or late')
    .option('--as-of <YYYY-MM-DD>', 'the day (default: today)')
    .option('--tier <key>', 'one tier only')
    .option('--kind <kind>', 'contact, review or kyc')
    .action(async (opts: { asOf?: string; tier?: string; kind?: string }) => {
      const core = await openCore();
      const query = {
        ...(opts.asOf ? { asOf: opts.asOf } : {}),
        ...(opts.tier ? { tier: opts.tier } : {}),
        // The contract validates it and answers a zh-TW error for anything else.
        ...(opts.kind ? { kind: opts.kind as ServiceKind } : {}),
      };
      // Every row, a page at a time.
      const list = await call(core, 'tiers.overdue', { ...query, limit: MAX_OVERDUE_PAGE });
      while (list.rows.length < list.total) {
        const next = await call(core, 'tiers.overdue', {
          ...query,
          offset: list.rows.length,
          limit: MAX_OVERDUE_PAGE,
        });
        if (next.rows.length === 0) break;
        list.rows.push(...next.rows);
      }
      io.out(JSON.stringify(list, null, 2));
    });
  tiers
    .command('show')
    .requiredOption('--client <id>', "the client's internal ID")
    .action(async (opts: { client: string }) => {
      const core = await openCore();
      io.out(JSON.stringify(await call(core, 'tiers.ofClient', { clientId: opts.client }), null, 2));
    });
}
