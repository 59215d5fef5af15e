import { resolve } from 'node:path';
import { Command, CommanderError } from 'commander';
import { createCore, type Core } from '../core/app';
import { defaultDataDir } from '../core/data-dir';
import { registerAnalyticsCommands } from './commands/analytics';
import { registerClientCommands } from './commands/clients';
import { registerClientBookCommands } from './commands/client-book';
import { registerDemoCommands } from './commands/demo';
import { registerProductCommands } from './commands/products';
import { registerKycCommands } from './commands/kyc';
import { registerProposalCommands } from './commands/proposals';
import { registerSuitabilityCommands } from './commands/suitability';
import { registerInvestorClassCommands } from './commands/investor-classes';
import { registerVaultCommands } from './commands/vault';
import { registerHoldingsCommands } from './commands/holdings';
import { registerGoalCommands } from './commands/goals';
import { registerAssumptionsCommands } from './commands/assumptions';
import { registerBackupCommands } from './commands/backup';
import { registerAuditCommands } from './commands/audit';
import { registerComplianceCommands } from './commands/compliance';
import { registerMarketDataCommands } from './commands/market-data';
import { registerBriefingCommands } from './commands/briefings';
import { registerInformationRecordCommands } from './commands/information-records';
import { registerRegulatoryUpdateCommands } from './commands/regulatory-updates';
import { registerEscalationsCommands } from './commands/escalations';
import { registerReportCommands } from './commands/reports';
import { registerTierCommands } from './commands/tiers';
import { registerActivityCommands } from './commands/activities';
import { call } from './core-call';
import { CliError, type CliIo } from './cli-io';
import { readPassphrase } from './passphrase-prompt';

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

/** What every command file receives. Commands reach the core only through `core.invoke` (see core-call.ts). */
export interface CliContext {
  io: CliIo;
  env: NodeJS.ProcessEnv;
  dataDir(): string;
  /** A core over the data folder, vault still locked. */
  makeCore(): Core;
  openCore: OpenCore;
  /** A command group (`clients`, …) shared by several command files, made on first use. */
  group(name: string, description: string): Command;
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
    const { state } = await call(core, 'vault.status', {});
    if (state === 'uninitialized') throw new CliError(`no vault in ${dataDir()}; run init first`);
    await call(core, 'vault.unlock', {
      passphrase: passphrase ?? (await readPassphrase(PASSPHRASE_ENV, 'Passphrase: ', env)),
    });
    unlocked = core;
    return core;
  };
  const group = (name: string, description: string): Command =>
    program.commands.find((command) => command.name() === name) ??
    program.command(name).description(description);

  // One line per feature.
  const context: CliContext = { io, env, dataDir, makeCore, openCore, group };
  registerVaultCommands(program, context);
  registerClientCommands(program, context);
  registerClientBookCommands(program, context);
  registerDemoCommands(program, context);
  registerProductCommands(program, context);
  registerKycCommands(program, context);
  registerSuitabilityCommands(program, context);
  registerInvestorClassCommands(program, context);
  registerHoldingsCommands(program, context);
  registerGoalCommands(program, context);
  registerAssumptionsCommands(program, context);
  registerProposalCommands(program, context);
  registerBackupCommands(program, context);
  registerAuditCommands(program, context);
  registerComplianceCommands(program, context);
  registerMarketDataCommands(program, context);
  registerBriefingCommands(program, context);
  registerInformationRecordCommands(program, context);
  registerRegulatoryUpdateCommands(program, context);
  registerEscalationsCommands(program, context);
  registerReportCommands(program, context);
  registerTierCommands(program, context);
  registerActivityCommands(program, context);
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
