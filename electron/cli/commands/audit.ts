import type { Command } from 'commander';
import type { AuditChainCheck } from '../../../shared/features/audit';
import type { Core } from '../../core/app';
import { CliError, type CliIo } from '../cli-io';
import { call } from '../core-call';
import { writeOutputFile } from '../output-file';
import type { CliContext } from '../program';

/** Checks the audit chain, prints the outcome and names the first broken entry; true when intact. */
export async function checkAuditChain(core: Core, io: CliIo): Promise<AuditChainCheck> {
  const check = await call(core, 'audit.verifyChain', {});
  if (check.ok) io.out(`audit chain: ok (${check.count} entries)`);
  else {
    const { id, at, action } = check.firstBroken;
    io.out(
      `audit chain: 稽核軌跡遭竄改，第一筆異常 / broken at entry ${id} (${at}, ${action}) of ${check.count}`,
    );
  }
  return check;
}

/** The audit trail's chain: its check and the head the compliance office keeps. */
export function registerAuditCommands(program: Command, { io, openCore, group }: CliContext): void {
  const audit = group('audit', 'the audit trail (hash chain)');

  audit
    .command('verify')
    .description('recomputes the hash chain and names the first broken entry')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const core = await openCore();
      const check = opts.json ? await call(core, 'audit.verifyChain', {}) : await checkAuditChain(core, io);
      if (opts.json) io.out(JSON.stringify(check, null, 2));
      if (!check.ok) throw new CliError('audit chain verification failed');
    });

  audit
    .command('head')
    .description('exports the chain head (count, last entry, hash, time) for the compliance office; audited')
    .option('--out <file>', 'write the JSON to this file instead of printing it')
    .option('--force', 'replace an existing file')
    .action(async (opts: { out?: string; force?: boolean }) => {
      const head = await call(await openCore(), 'audit.exportHead', {});
      const json = `${JSON.stringify(head, null, 2)}\n`;
      if (!opts.out) io.out(json.trimEnd());
      else {
        writeOutputFile(opts.out, json, { force: Boolean(opts.force) });
        io.out(`audit head (${head.count} entries, last ${head.lastId ?? '-'}) written to ${opts.out}`);
      }
    });
}
