import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError } from 'commander';
import { createCore, REPO_ROOT, type Core } from '../core/app';
import { defaultDataDir } from '../core/data-dir';
import { verifyDatabase } from '../core/db';
import { startWebHost } from '../core/host/web-host';
import { startCoreWorker } from '../core/worker/core-client';
import { registerAnalyticsCommands } from './commands/analytics';
import { registerClientCommands } from './commands/clients';
import { call } from './core-call';
import { CliError, type CliIo } from './cli-io';
import { readNewPassphrase, readPassphrase } from './passphrase-prompt';

/** Opens the core and unlocks the vault, once per run (with the passphrase given, or asked for). */
export type OpenCore = (passphrase?: string) => Promise<Core>;

export const PASSPHRASE_ENV = 'ADVISORDESK_PASSPHRASE';
export const NEW_PASSPHRASE_ENV = 'ADVISORDESK_NEW_PASSPHRASE';

export interface ProgramContext {
  io: CliIo;
  env: NodeJS.ProcessEnv;
  /** Cores opened during the run, closed by the caller when it ends. */
  opened: Core[];
}

export function buildProgram({ io, env, opened }: ProgramContext): Command {
  const program = new Command('advisordesk')
    .description('AdvisorDesk 財管顧問工作台 — command-line interface')
    .option('--data-dir <dir>', 'where the vault and database live (default: the app data folder)')
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .exitOverride();

  const dataDir = (): string =>
    resolve((program.opts() as { dataDir?: string }).dataDir ?? defaultDataDir(env));
  const makeCore = (): Core => {
    const core = createCore({ dataDir: dataDir(), logError: (m) => io.err(m) });
    opened.push(core);
    return core;
  };
  let unlocked: Core | null = null;
  const openCore: OpenCore = async (passphrase) => {
    if (unlocked) return unlocked;
    const core = makeCore();
    if (core.session.state() === 'uninitialized')
      throw new CliError(`no vault in ${dataDir()}; run init first`);
    await call(core, 'vault.unlock', {
      passphrase: passphrase ?? (await readPassphrase(PASSPHRASE_ENV, 'Passphrase: ', env)),
    });
    unlocked = core;
    return core;
  };

  program
    .command('init')
    .description('first-time setup: makes the encrypted vault and prints the recovery code once')
    .action(async () => {
      const core = makeCore();
      if (core.session.state() !== 'uninitialized')
        throw new CliError(`a vault already exists in ${dataDir()}`);
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
    .description('integrity check and migration state of the database')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const core = await openCore();
      const report = verifyDatabase(core.session.database());
      if (opts.json) io.out(JSON.stringify(report, null, 2));
      else for (const [key, value] of Object.entries(report)) io.out(`${key}: ${String(value)}`);
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

  registerClientCommands(program, io, openCore);
  registerAnalyticsCommands(program, io);
  return program;
}

/** Runs the CLI and returns the exit code; errors print one line. */
export async function runCli(argv: string[], io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const opened: Core[] = [];
  try {
    await buildProgram({ io, env, opened }).parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof CliError) {
      io.err(`error: ${error.message}`);
      return error.exitCode;
    }
    io.err(`error: ${error instanceof Error ? error.message : 'unexpected failure'}`);
    return 1;
  } finally {
    for (const core of opened) core.close();
  }
}
