import { execFileSync, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeTempDataDir, removeTempDataDir } from '../core/helpers/temp-dir';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const env = { ...process.env, ADVISORDESK_PASSPHRASE: 'epipe test passphrase' };
let dir: string;

beforeAll(() => {
  dir = makeTempDataDir();
  const cli = (...args: string[]) =>
    execFileSync(TSX, ['electron/cli/index.ts', '--data-dir', dir, ...args], { cwd: ROOT, env });
  cli('init');
  cli('seed-demo', '--clients', '400');
}, 120_000);
afterAll(() => removeTempDataDir(dir));

it('`clients list | head -n 2` ends quietly: no EPIPE stack trace, exit 0', () => {
  const run = spawnSync(
    'bash',
    [
      '-o',
      'pipefail',
      '-c',
      `"${TSX}" electron/cli/index.ts --data-dir "${dir}" clients list --limit 400 | head -n 2`,
    ],
    { cwd: ROOT, env, encoding: 'utf8' },
  );
  expect(run.stdout.trim().split('\n')).toHaveLength(2);
  expect(run.stderr).not.toMatch(/EPIPE|Error|at /);
  expect(run.status).toBe(0);
}, 60_000);
