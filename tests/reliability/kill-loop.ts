import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { createCore, type Core } from '../../electron/core/app';
import { nationalIdCheckDigit } from '../../shared/features/clients/national-id';
import { makeTempDataDir, removeTempDataDir } from '../core/helpers/temp-dir';
import { cheapenEnvelope } from './cheap-envelope';

/**
 * The SIGKILL loop: runs the real command line as a child process during a client import, a
 * client add, a passphrase change and a backup, kills it with SIGKILL at a random moment (at a random time
 * within a normal run, the moment the database's -wal file grows, or just after it printed its
 * success), then opens the vault as the app would and counts:
 * - acknowledged writes lost: the CLI printed success before the kill, and the write is not there;
 * - partial imports: a file's rows are all or nothing (every import so far is checked again);
 * - verify failures: `vault.verify` reports anything but a clean, current database;
 * - passphrase splits: after a kill during a change exactly one of old and new must unlock, the
 *   new one if the change was acknowledged;
 * - damaged backups: every backup file with its final name verifies (`backup.verify`), and the
 *   acknowledged one exists; temporary files a kill leaves behind are counted (stray temp files).
 */

export type Scenario = 'import' | 'add' | 'passphrase' | 'backup';
export const SCENARIOS: readonly Scenario[] = ['import', 'add', 'passphrase', 'backup'];

export type KillMoment = 'random' | 'wal-growing' | 'after-ack';

export interface KillOptions {
  kills: number;
  /** Rows in each imported file. */
  importRows: number;
  seed: number;
  scenarios?: readonly Scenario[];
  log?: (line: string) => void;
}

export interface ScenarioFigures {
  scenario: Scenario;
  kills: number;
  /** Runs that ended on their own before the kill landed (not counted as kills). */
  finished: number;
  killsWhileWalGrew: number;
  acknowledged: number;
  acknowledgedLost: number;
  partialImports: number;
  verifyFailures: number;
  passphraseSplits: number;
  damagedBackups: number;
  /** `.advisordesk-*.tmp` files left in the backup folder at the end (a kill cannot clean up). */
  strayTempFiles: number;
  /** Time of an uninterrupted run, ms. */
  runMs: number;
}

export interface KillFigures {
  scenarios: ScenarioFigures[];
  /** What went wrong, iteration by iteration (no client data). */
  findings: string[];
  ms: number;
  cliStartMs: number;
}

const ROOT = resolve(import.meta.dirname, '../..');
const PASSPHRASE = 'kill loop passphrase 0';

/** The CLI bundled once (esbuild, packages external): starts in ~1 s where tsx needs ~2.3 s. */
export async function buildCliBundle(): Promise<{ file: string; remove(): void }> {
  // Two folders below the repository, like electron/cli/, so REPO_ROOT resolves the same.
  const dir = join(ROOT, 'out', 'reliability');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `cli-${process.pid}-${Date.now()}.mjs`);
  await build({
    entryPoints: [join(ROOT, 'electron/cli/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: file,
    logLevel: 'warning',
  });
  return { file, remove: () => rmSync(file, { force: true }) };
}

/** A small seeded generator (mulberry32), so a failing run can be repeated with its seed. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let idSerial = 0;
function freshNationalId(): string {
  idSerial += 1;
  const firstNine = `K1${String(process.pid % 100).padStart(2, '0')}${String(idSerial).padStart(5, '0')}`;
  return `${firstNine}${nationalIdCheckDigit(firstNine)}`;
}

function importFile(dir: string, tag: string, rows: number): string {
  const header =
    'name,national_id,birth_date,gender,phone,email,address,occupation,employer,annual_income_twd,assets,source_of_wealth,acquisition_source,status,advisor,tags,notes';
  const lines = [header];
  for (let i = 0; i < rows; i += 1) {
    lines.push(
      `測試客戶${i},${freshNationalId()},1970-01-01,男,0912-345-678,,台北市信義路${i}號,工程師,,1000000,"TWD:1,000,000",薪資,其他,往來中,,${tag},`,
    );
  }
  const file = join(dir, `${tag}.csv`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

interface Run {
  stdout: string;
  killed: boolean;
  walGrew: boolean;
  ms: number;
}

/** Runs the CLI; kills it per `moment` after `delayMs` (random) and answers what it printed. */
function runCli(
  cli: string,
  dataDir: string,
  args: string[],
  env: Record<string, string>,
  moment: KillMoment | 'none',
  delayMs: number,
  ackText: string,
): Promise<Run> {
  const wal = join(dataDir, 'advisordesk.db-wal');
  const walSize = () => (existsSync(wal) ? statSync(wal).size : 0);
  const walAtStart = walSize();
  const started = Date.now();
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [cli, '--data-dir', dataDir, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let killed = false;
    let walGrew = false;
    const kill = () => {
      if (killed || child.exitCode !== null) return;
      walGrew = walSize() > walAtStart;
      killed = child.kill('SIGKILL');
    };
    let watcher: NodeJS.Timeout | null = null;
    if (moment === 'random') watcher = setTimeout(kill, delayMs);
    if (moment === 'wal-growing') {
      watcher = setInterval(() => {
        if (walSize() > walAtStart) {
          if (watcher) clearInterval(watcher);
          watcher = setTimeout(kill, delayMs);
        }
      }, 1);
    }
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (moment === 'after-ack' && stdout.includes(ackText)) kill();
    });
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', () => {
      if (watcher) {
        clearTimeout(watcher);
        clearInterval(watcher);
      }
      resolveRun({ stdout, killed, walGrew, ms: Date.now() - started });
    });
  });
}

async function openAs(dataDir: string, passphrase: string): Promise<Core | null> {
  const core = createCore({ dataDir, logError: () => undefined });
  const unlocked = await core.invoke('vault.unlock', { passphrase });
  if (unlocked.ok) return core;
  core.close();
  return null;
}

async function verifyFails(core: Core): Promise<boolean> {
  const result = await core.invoke('vault.verify', {});
  if (!result.ok) return true;
  const report = result.value as { integrity: string; schemaVersion: number; expectedVersion: number };
  return report.integrity !== 'ok' || report.schemaVersion !== report.expectedVersion;
}

async function countTagged(core: Core, tag: string): Promise<number> {
  const result = await core.invoke('clients.list', { tags: [tag], limit: 1 });
  if (!result.ok) throw new Error(`kill loop: clients.list failed (${result.error.code})`);
  return (result.value as { total: number }).total;
}

async function newVault(dataDir: string): Promise<void> {
  const core = createCore({ dataDir, logError: () => undefined });
  const setup = await core.invoke('vault.setup', { passphrase: PASSPHRASE });
  core.close();
  if (!setup.ok) throw new Error(`kill loop: setup failed (${setup.error.code})`);
  await cheapenEnvelope(dataDir, PASSPHRASE, (setup.value as { recoveryCode: string }).recoveryCode);
}

export async function runKillLoop(options: KillOptions): Promise<KillFigures> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const scenarios = options.scenarios ?? SCENARIOS;
  const random = generator(options.seed);
  const bundle = await buildCliBundle();
  const work = makeTempDataDir('advisordesk-kill-');
  const findings: string[] = [];
  try {
    const startClock = Date.now();
    await runCli(bundle.file, work, ['--help'], {}, 'none', 0, '');
    const cliStartMs = Date.now() - startClock;
    const template = join(work, 'template');
    mkdirSync(template);
    await newVault(template);
    const figures: ScenarioFigures[] = [];
    for (const [index, scenario] of scenarios.entries()) {
      const kills =
        Math.floor(options.kills / scenarios.length) + (index < options.kills % scenarios.length ? 1 : 0);
      const home = join(work, scenario);
      figures.push(
        await runScenario(scenario, kills, bundle.file, home, template, options, random, findings),
      );
      log(JSON.stringify(figures.at(-1)));
    }
    return { scenarios: figures, findings, ms: Date.now() - started, cliStartMs };
  } finally {
    bundle.remove();
    removeTempDataDir(work);
  }
}

async function runScenario(
  scenario: Scenario,
  kills: number,
  cli: string,
  home: string,
  /** An empty vault with cheap key slots, copied for each scenario and each reset. */
  template: string,
  options: KillOptions,
  random: () => number,
  findings: string[],
): Promise<ScenarioFigures> {
  const figures: ScenarioFigures = {
    scenario,
    kills: 0,
    finished: 0,
    killsWhileWalGrew: 0,
    acknowledged: 0,
    acknowledgedLost: 0,
    partialImports: 0,
    verifyFailures: 0,
    passphraseSplits: 0,
    damagedBackups: 0,
    strayTempFiles: 0,
    runMs: 0,
  };
  mkdirSync(home, { recursive: true });
  const vault = join(home, 'vault');
  const backups = join(home, 'backups');
  /** Backup files already verified. */
  const verifiedBackups = new Set<string>();
  const reset = () => {
    rmSync(vault, { recursive: true, force: true });
    cpSync(template, vault, { recursive: true });
  };
  reset();
  mkdirSync(backups);

  let passphrase = PASSPHRASE;
  let serial = 0;
  /** Imports since the last reset: tag, rows, and whether the CLI acknowledged it. */
  let imports: { tag: string; acknowledged: boolean }[] = [];
  let added: string[] = [];

  const attempt = (moment: KillMoment | 'none', delayMs: number) => {
    serial += 1;
    if (scenario === 'import') {
      const tag = `kill${serial}`;
      const file = importFile(home, tag, options.importRows);
      return {
        run: runCli(
          cli,
          vault,
          ['clients', 'import', file],
          { ADVISORDESK_PASSPHRASE: passphrase },
          moment,
          delayMs,
          'imported',
        ),
        tag,
        next: passphrase,
      };
    }
    if (scenario === 'add') {
      const args = [
        'clients',
        'add',
        '--name',
        `測試${serial}`,
        '--national-id',
        freshNationalId(),
        '--tag',
        'killadd',
      ];
      return {
        run: runCli(cli, vault, args, { ADVISORDESK_PASSPHRASE: passphrase }, moment, delayMs, 'added '),
        tag: '',
        next: passphrase,
      };
    }
    if (scenario === 'backup') {
      const args = ['backup', 'create', '--folder', backups];
      return {
        run: runCli(
          cli,
          vault,
          args,
          { ADVISORDESK_PASSPHRASE: passphrase },
          moment,
          delayMs,
          'backup written: ',
        ),
        tag: '',
        next: passphrase,
      };
    }
    const next = `kill loop passphrase ${serial}`;
    return {
      run: runCli(
        cli,
        vault,
        ['passphrase', 'change'],
        { ADVISORDESK_PASSPHRASE: passphrase, ADVISORDESK_NEW_PASSPHRASE: next },
        moment,
        delayMs,
        'passphrase changed',
      ),
      tag: '',
      next,
    };
  };

  // An uninterrupted run first: how long one takes, so random kills land inside one.
  const calibration = attempt('none', 0);
  const done = await calibration.run;
  figures.runMs = done.ms;
  if (scenario === 'import') imports.push({ tag: calibration.tag, acknowledged: true });
  if (scenario === 'passphrase') passphrase = calibration.next;
  if (scenario === 'add') added.push(/added (\S+)/.exec(done.stdout)?.[1] ?? 'missing');
  if (scenario === 'passphrase') await cheapenAgain(vault, passphrase);

  const moments: KillMoment[] = ['random', 'wal-growing', 'after-ack'];
  let iteration = 0;
  while (figures.kills < kills) {
    iteration += 1;
    if (iteration > kills * 4) {
      findings.push(`${scenario}: gave up after ${iteration} runs with ${figures.kills} kills`);
      break;
    }
    // Imports pile up rows: start again from the empty vault now and then, so checks stay fast.
    if (scenario === 'import' && imports.length >= 8) {
      reset();
      imports = [];
    }
    const moment = moments[Math.floor(random() * moments.length)]!;
    const delay = moment === 'random' ? random() * figures.runMs * 1.1 : random() * 40;
    const { run, tag, next } = attempt(moment, delay);
    const done = await run;
    const acknowledged =
      scenario === 'import'
        ? done.stdout.includes('imported')
        : scenario === 'add'
          ? done.stdout.includes('added ')
          : scenario === 'backup'
            ? done.stdout.includes('backup written: ')
            : done.stdout.includes('passphrase changed');
    if (done.killed) figures.kills += 1;
    else figures.finished += 1;
    if (done.killed && done.walGrew) figures.killsWhileWalGrew += 1;
    if (acknowledged) figures.acknowledged += 1;
    const where = `${scenario} run ${serial} (${moment}${done.killed ? ', killed' : ', finished'})`;

    if (scenario === 'import') imports.push({ tag, acknowledged });
    if (scenario === 'add' && acknowledged) added.push(/added (\S+)/.exec(done.stdout)?.[1] ?? 'missing');

    let core: Core | null;
    if (scenario === 'passphrase') {
      const oldCore = await openAs(vault, passphrase);
      oldCore?.close();
      const newCore = await openAs(vault, next);
      newCore?.close();
      if (Boolean(oldCore) === Boolean(newCore)) {
        figures.passphraseSplits += 1;
        findings.push(`${where}: ${oldCore ? 'both' : 'neither'} passphrase unlocks`);
      }
      if (acknowledged && !newCore) {
        figures.acknowledgedLost += 1;
        findings.push(`${where}: the acknowledged new passphrase does not unlock`);
      }
      if (newCore) passphrase = next;
      core = await openAs(vault, passphrase);
    } else {
      core = await openAs(vault, passphrase);
    }
    if (!core) {
      figures.verifyFailures += 1;
      findings.push(`${where}: the vault does not open`);
      break;
    }
    try {
      if (await verifyFails(core)) {
        figures.verifyFailures += 1;
        findings.push(`${where}: verify fails`);
      }
      for (const entry of imports) {
        const present = await countTagged(core, entry.tag);
        if (present !== 0 && present !== options.importRows) {
          figures.partialImports += 1;
          findings.push(`${where}: import ${entry.tag} has ${present} of ${options.importRows} rows`);
        }
        if (entry.acknowledged && present !== options.importRows) {
          figures.acknowledgedLost += 1;
          findings.push(`${where}: acknowledged import ${entry.tag} has ${present} rows`);
        }
      }
      if (scenario === 'backup') {
        const written = /backup written: (.+)/.exec(done.stdout)?.[1]?.trim();
        if (acknowledged && (!written || !existsSync(written))) {
          figures.acknowledgedLost += 1;
          findings.push(`${where}: the acknowledged backup file is missing`);
        }
        for (const name of readdirSync(backups).filter((n) => !n.startsWith('.'))) {
          const file = join(backups, name);
          if (verifiedBackups.has(file)) continue;
          const verified = await core.invoke('backup.verify', { file, passphrase });
          if (verified.ok) verifiedBackups.add(file);
          else {
            figures.damagedBackups += 1;
            findings.push(`${where}: backup ${name} does not verify (${verified.error.code})`);
            rmSync(file);
          }
        }
      }
      for (const id of added) {
        const found = await core.invoke('clients.get', { id });
        if (!found.ok) {
          figures.acknowledgedLost += 1;
          findings.push(`${where}: acknowledged client ${id} missing (${found.error.code})`);
        }
      }
    } finally {
      core.close();
    }
    if (scenario === 'passphrase' && passphrase !== PASSPHRASE) await cheapenAgain(vault, passphrase);
    if (scenario === 'add') added = added.slice(-50);
  }
  if (scenario === 'backup') {
    figures.strayTempFiles = readdirSync(backups).filter((n) => /^\.advisordesk-.*\.tmp$/.test(n)).length;
  }
  return figures;
}

/** After a change wrote full-strength slots: cheap ones again (the recovery code is not needed). */
async function cheapenAgain(dataDir: string, passphrase: string): Promise<void> {
  await cheapenEnvelope(dataDir, passphrase, null);
}
