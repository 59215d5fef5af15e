import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../electron/core/app';
import { makeTempDataDir, removeTempDataDir } from './helpers/temp-dir';

/** The app prepares the documents lane (fonts, chart worker) after each unlock; a CLI run does not. */

const prepared = vi.hoisted(() => ({ count: 0 }));

vi.mock('../../electron/core/documents/renderer', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/core/documents/renderer')>();
  return {
    ...real,
    createDocumentRenderer: (options: { fontsDir: string }) => ({
      ...real.createDocumentRenderer(options),
      prepare: () => {
        prepared.count += 1;
        return Promise.resolve();
      },
    }),
  };
});

const PASSPHRASE = 'a long enough passphrase';
let dir: string;
let core: Core | null = null;

beforeEach(() => {
  dir = makeTempDataDir();
  prepared.count = 0;
});
afterEach(() => {
  core?.close();
  core = null;
  removeTempDataDir(dir);
});

/** Sets up a vault, locks it and unlocks it again: two unlocks. */
async function setUpAndUnlockAgain(prepareDocuments: boolean): Promise<void> {
  core = createCore({ dataDir: dir, prepareDocuments });
  expect((await core.invoke('vault.setup', { passphrase: PASSPHRASE })).ok).toBe(true);
  expect((await core.invoke('vault.lock', {})).ok).toBe(true);
  expect((await core.invoke('vault.unlock', { passphrase: PASSPHRASE })).ok).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 20)); // it runs after the unlock has answered
}

describe('preparing the documents lane', () => {
  it('happens after each unlock in the app', async () => {
    await setUpAndUnlockAgain(true);
    expect(prepared.count).toBe(2);
  });

  it('does not happen in a one-command CLI run', async () => {
    await setUpAndUnlockAgain(false);
    expect(prepared.count).toBe(0);
  });
});
