import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { CliError } from './cli-io';

/** Asks on the terminal without echoing what is typed. */
function promptHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (!muted) process.stderr.write(chunk);
      callback();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolveAnswer) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolveAnswer(answer);
    });
    muted = true;
  });
}

/**
 * The passphrase from the named environment variable, or a hidden prompt when a terminal is
 * attached. Never from a command-line flag: flags end up in shell history and process lists.
 */
export async function readPassphrase(
  envName: string,
  question: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const fromEnv = env[envName];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!process.stdin.isTTY) throw new CliError(`set ${envName} or run in a terminal to be asked`);
  return promptHidden(question);
}

/** A new passphrase, typed twice when prompted. */
export async function readNewPassphrase(
  envName: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const fromEnv = env[envName];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const first = await readPassphrase(envName, 'New passphrase (10+ characters): ', env);
  const second = await readPassphrase(envName, 'Repeat the new passphrase: ', env);
  if (first !== second) throw new CliError('the two passphrases differ');
  return first;
}
