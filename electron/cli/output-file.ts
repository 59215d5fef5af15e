import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
// A new 0600 file renamed or linked into place: an existing file's wider permissions never apply to client data.
import { writeFileAtomic } from '../core/vault/private-files';
import { CliError } from './cli-io';

/**
 * Writes a file the user asked for (export, PDF): refuses to replace an existing file unless
 * forced, and names the user's own path, never a temporary file's, when the folder is missing.
 */
export function writeOutputFile(
  path: string,
  data: string | Buffer,
  options: { force?: boolean } = {},
): void {
  const target = resolve(path);
  const folder = dirname(target);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new CliError(`the folder ${folder} does not exist (for ${path})`);
  }
  if (existsSync(target) && !options.force) {
    throw new CliError(`${path} already exists; use --force to replace it`);
  }
  try {
    writeFileAtomic(target, data, { exclusive: !options.force });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new CliError(`${path} already exists; use --force to replace it`);
    throw new CliError(`cannot write ${path}${code ? ` (${code})` : ''}`);
  }
}
