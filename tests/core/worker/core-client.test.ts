import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCoreWorker, type CoreClient } from '../../../electron/core/worker/core-client';
import { makeTempDataDir, removeTempDataDir } from '../helpers/temp-dir';
import { CANARY_NAME, PASSPHRASE, TEST_WORKER, value } from './fixtures';

const STOPPED = { ok: false, error: { code: 'INTERNAL', message: 'the core stopped' } };

function harness() {
  const h = {
    dir: '',
    logs: [] as string[],
    client: null as unknown as CoreClient,
    start: (entry = TEST_WORKER) =>
      startCoreWorker({ dataDir: h.dir, checkOutputs: true, entry, logError: (line) => h.logs.push(line) }),
    async open() {
      h.dir = makeTempDataDir();
      h.logs = [];
      h.client = await h.start();
    },
    async close() {
      await h.client.close();
      removeTempDataDir(h.dir);
    },
  };
  return h;
}

describe('core worker client: calls', () => {
  const h = harness();
  beforeAll(() => h.open());
  afterAll(() => h.close());

  it('answers each call with the core router Result, errors as data', async () => {
    const { client } = h;
    expect(await client.invoke('vault.status', {})).toMatchObject({
      ok: true,
      value: { state: 'uninitialized' },
    });
    expect(await client.invoke('clients.drop', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    expect(await client.invoke('vault.setup', { passphrase: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { issues: [expect.objectContaining({ path: ['passphrase'] })] } },
    });
    expect(await client.invoke('clients.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('runs in another thread than its caller', async () => {
    expect(value<number>(await h.client.invoke('test.thread', {}))).not.toBe(threadId);
  });

  it('gives each of many concurrent calls its own answer, whatever order they finish in', async () => {
    const calls = Array.from({ length: 20 }, (_, i) =>
      h.client.invoke('test.echo', { value: { call: i }, delayMs: (20 - i) * 10 }),
    );
    const status = h.client.invoke('vault.status', {});
    const answers = await Promise.all(calls);
    expect(answers.map((a) => value(a))).toEqual(Array.from({ length: 20 }, (_, i) => ({ call: i })));
    expect(await status).toMatchObject({ ok: true, value: { state: 'uninitialized' } });
  });

  it('refuses an input that cannot be sent to the worker', async () => {
    expect(await h.client.invoke('vault.setup', { passphrase: () => PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(value(await h.client.invoke('vault.status', {}))).toMatchObject({ state: 'uninitialized' });
    expect(h.logs).toEqual([]);
  });
});

describe('core worker client: crash, restart and close', () => {
  const h = harness();
  beforeEach(() => h.open());
  afterEach(() => h.close());

  it('answers the calls under way with INTERNAL when the worker crashes, logs no data, and restarts locked', async () => {
    value(await h.client.invoke('vault.setup', { passphrase: PASSPHRASE }));
    const firstThread = value<number>(await h.client.invoke('test.thread', {}));
    const waiting = h.client.invoke('test.echo', { value: 1, delayMs: 30_000 });
    const crashing = h.client.invoke('test.throw', {});
    expect(await crashing).toEqual(STOPPED);
    expect(await waiting).toEqual(STOPPED);
    // One line per death, by error name only (its 'exit' that follows is not logged again).
    expect(h.logs).toEqual(['[core] the core worker failed: Error']);
    expect(h.logs.join('\n')).not.toMatch(new RegExp(`${CANARY_NAME}|crashed`));

    // The next call starts a new worker, whose vault is locked until the user unlocks it again.
    expect(value(await h.client.invoke('vault.status', {}))).toMatchObject({ state: 'locked' });
    expect(value<number>(await h.client.invoke('test.thread', {}))).not.toBe(firstThread);
    expect(await h.client.invoke('clients.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    value(await h.client.invoke('vault.unlock', { passphrase: PASSPHRASE }));
    expect(value(await h.client.invoke('clients.list', {}))).toEqual({ total: 0, items: [] });
  });

  it('treats a worker that exits on its own as stopped, with its exit code in the log', async () => {
    expect(await h.client.invoke('test.exit', {})).toEqual(STOPPED);
    expect(h.logs).toEqual(['[core] the core worker stopped (exit code 3)']);
    expect(value(await h.client.invoke('vault.status', {}))).toMatchObject({ state: 'uninitialized' });
  });

  it('on close, finishes the calls under way, closes the database and answers later calls as stopped', async () => {
    value(await h.client.invoke('vault.setup', { passphrase: PASSPHRASE }));
    const underWay = h.client.invoke('test.echo', { value: 'finished', delayMs: 300 });
    await h.client.close();
    expect(await underWay).toEqual({ ok: true, value: 'finished' });
    // SQLite removes the write-ahead log when its last connection closes cleanly.
    expect(existsSync(join(h.dir, 'advisordesk.db'))).toBe(true);
    expect(existsSync(join(h.dir, 'advisordesk.db-wal'))).toBe(false);
    expect(await h.client.invoke('vault.status', {})).toEqual(STOPPED);
    expect(h.logs).toEqual([]);
  });

  it('fails to start, and says so, when the worker cannot load', async () => {
    await expect(h.start(join(h.dir, 'no-such-worker.js'))).rejects.toThrow('the core could not start');
    expect(h.logs.some((line) => line.startsWith('[core] the core worker failed:'))).toBe(true);
  });
});
