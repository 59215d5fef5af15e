import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIo } from '../../../electron/cli/cli-io';
import { runCli } from '../../../electron/cli/program';

/** Runs the command line on the vault under `dir()`/vault as a user would, collecting what it prints. */
export function cliRunner(dir: () => string, env: Readonly<Record<string, string>>) {
  return async (...args: string[]) => {
    let out = '';
    let err = '';
    const io: CliIo = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
    const code = await runCli(['node', 'advisordesk', '--data-dir', join(dir(), 'vault'), ...args], io, env);
    return { code, out, err };
  };
}

/** Writes an input file (JSON unless given text) into the test's folder and answers its path. */
export function writeInput(dir: string, name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}
