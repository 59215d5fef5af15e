import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { REPO_ROOT } from '../../core/app';
import { startWebHost } from '../../core/host/web-host';
import { startCoreWorker } from '../../core/worker/core-client';
import { CliError } from '../cli-io';
import { call } from '../core-call';
import { checkAuditChain } from './audit';
import { readNewPassphrase, readPassphrase } from '../passphrase-prompt';
import { NEW_PASSPHRASE_ENV, PASSPHRASE_ENV, type CliContext } from '../program';

/** The vault's commands: first-time setup, passphrase change, integrity check, and the browser host. */
export function registerVaultCommands(
  program: Command,
  { io, env, dataDir, makeCore, openCore }: CliContext,
): void {
  program
    .command('init')
    .description('first-time setup: makes the encrypted vault and prints the recovery code once')
    .action(async () => {
      const core = makeCore();
      const { state } = await call(core, 'vault.status', {});
      if (state !== 'uninitialized') throw new CliError(`a vault already exists in ${dataDir()}`);
      const passphrase = await readNewPassphrase(PASSPHRASE_ENV, env);
      const { recoveryCode } = await call(core, 'vault.setup', { passphrase });
      io.out(`vault created in ${dataDir()}`);
      io.out(`RECOVERY CODE (shown once; write it down and keep it apart from this computer):`);
      io.out(recoveryCode);
    });

  program
    .command('passphrase')
    .description('passphrase management')
    .command('change')
    .description('re-wraps the data key under a new passphrase (reads ADVISORDESK_NEW_PASSPHRASE)')
    .action(async () => {
      const current = await readPassphrase(PASSPHRASE_ENV, 'Current passphrase: ', env);
      const core = await openCore(current);
      const next = await readNewPassphrase(NEW_PASSPHRASE_ENV, env);
      await call(core, 'vault.changePassphrase', { currentPassphrase: current, newPassphrase: next });
      io.out('passphrase changed');
    });

  program
    .command('verify')
    .description('integrity check, migration state and the audit chain of the database')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const core = await openCore();
      const report = await call(core, 'vault.verify', {});
      if (opts.json) {
        const auditChain = await call(core, 'audit.verifyChain', {});
        io.out(JSON.stringify({ ...report, auditChain }, null, 2));
        if (!auditChain.ok) throw new CliError('verification failed');
      } else {
        for (const [key, value] of Object.entries(report)) io.out(`${key}: ${String(value)}`);
        if (!(await checkAuditChain(core, io)).ok) throw new CliError('verification failed');
      }
      if (report.integrity !== 'ok' || report.schemaVersion !== report.expectedVersion) {
        throw new CliError('verification failed');
      }
    });

  program
    .command('serve')
    .description('serves the app on 127.0.0.1 for a browser (prints the URL with its token)')
    .option('--port <n>', 'port (default: any free one)', '0')
    .action(async (opts: { port: string }) => {
      const staticDir = resolve(REPO_ROOT, 'out/renderer');
      if (!existsSync(resolve(staticDir, 'index.html')))
        throw new CliError('renderer not built: run npm run build:renderer');
      // As in the Electron app, the core runs in a worker and this thread only passes messages.
      const core = await startCoreWorker({ dataDir: dataDir(), logError: (m) => io.err(m) });
      const host = await startWebHost({ router: core, staticDir, port: Number(opts.port) });
      io.out(`AdvisorDesk is serving on 127.0.0.1 only. Open: ${host.url}`);
      await new Promise<void>((resolveStop) => {
        const stop = () => resolveStop();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await host.close();
      await core.close();
    });
}
