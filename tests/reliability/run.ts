import { parseArgs } from 'node:util';
import { CHANNELS } from '../../shared/ipc/contract';
import { runIpcFuzz, type FuzzFigures } from './ipc-fuzz';
import { runKillLoop, SCENARIOS, type KillFigures, type Scenario } from './kill-loop';

/**
 * `npm run reliability`: the long versions of the SIGKILL loop and the IPC fuzz, printing the
 * figures table for the closing note. `--kills`, `--inputs`, `--rows`, `--seed` change the sizes;
 * `--only kill|fuzz` runs one suite, `--scenarios import,add,passphrase,backup` some of the
 * loop's, `--channels backup.` the channels whose names start so. Exits 1 when any target (all zero) is missed.
 */
const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '210' },
    inputs: { type: 'string', default: '1000' },
    rows: { type: 'string', default: '1000' },
    seed: { type: 'string', default: String(Date.now() % 100_000) },
    only: { type: 'string' },
    scenarios: { type: 'string', default: SCENARIOS.join(',') },
    channels: { type: 'string', default: '' },
  },
});
const seed = Number(values.seed);
const log = (line: string) => process.stderr.write(`${line}\n`);

function killTable(figures: KillFigures): string[] {
  const rows = figures.scenarios.map(
    (s) =>
      `| ${s.scenario} | ${s.kills} | ${s.killsWhileWalGrew} | ${s.finished} | ${s.acknowledged} | ${s.acknowledgedLost} | ${s.partialImports} | ${s.verifyFailures} | ${s.passphraseSplits} | ${s.damagedBackups} | ${s.strayTempFiles} | ${s.runMs} |`,
  );
  const sum = (key: keyof KillFigures['scenarios'][number]) =>
    figures.scenarios.reduce((total, s) => total + (s[key] as number), 0);
  return [
    `SIGKILL loop (seed ${seed}; CLI start ${figures.cliStartMs} ms; ${Math.round(figures.ms / 1000)} s)`,
    '| scenario | kills | while -wal grew | finished first | acknowledged | acknowledged lost | partial imports | verify failures | passphrase splits | damaged backups | stray temp files | run ms |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    `| total | ${sum('kills')} | ${sum('killsWhileWalGrew')} | ${sum('finished')} | ${sum('acknowledged')} | ${sum('acknowledgedLost')} | ${sum('partialImports')} | ${sum('verifyFailures')} | ${sum('passphraseSplits')} | ${sum('damagedBackups')} | ${sum('strayTempFiles')} | |`,
    ...figures.findings.map((f) => `- ${f}`),
  ];
}

function fuzzTable(figures: FuzzFigures): string[] {
  const sum = (key: 'calls' | 'ok' | 'passedSchema' | 'crashes' | 'nonEnvelope' | 'partialWrites') =>
    figures.channels.reduce((total, c) => total + c[key], 0);
  return [
    `IPC fuzz (seed ${seed}; ${figures.channels.length} channels from the contract; ${Math.round(figures.ms / 1000)} s)`,
    '| channel | calls | ok | passed schema | crashes | non-envelope | partial writes | slowest ms |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...figures.channels.map(
      (c) =>
        `| ${c.channel} | ${c.calls} | ${c.ok} | ${c.passedSchema} | ${c.crashes} | ${c.nonEnvelope} | ${c.partialWrites} | ${c.slowestMs} |`,
    ),
    `| total | ${sum('calls')} | ${sum('ok')} | ${sum('passedSchema')} | ${sum('crashes')} | ${sum('nonEnvelope')} | ${sum('partialWrites')} | |`,
    ...figures.findings.map((f) => `- ${f.channel} ${f.kind}: ${f.what}`),
  ];
}

let missed = false;
if (values.only !== 'fuzz') {
  const figures = await runKillLoop({
    kills: Number(values.kills),
    importRows: Number(values.rows),
    seed,
    scenarios: values.scenarios.split(',') as Scenario[],
    log,
  });
  console.log(killTable(figures).join('\n'));
  missed ||= figures.findings.length > 0;
}
if (values.only !== 'kill') {
  const figures = await runIpcFuzz({
    inputsPerChannel: Number(values.inputs),
    warmUpPerChannel: 5,
    seed,
    channels: CHANNELS.filter((c) => c.startsWith(values.channels)),
    log,
  });
  console.log(fuzzTable(figures).join('\n'));
  missed ||= figures.channels.some((c) => c.crashes + c.nonEnvelope + c.partialWrites > 0);
}
process.exitCode = missed ? 1 : 0;
