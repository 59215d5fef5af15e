import { parentPort, workerData } from 'node:worker_threads';
import { createCore } from '../app';
import { describeError } from '../describe-error';
import { AppError, fail, ok, type Result } from '../../../shared/ipc/result';
import { keyStoreOverLink } from './key-store-bridge';
import type { CoreRequest, CoreWorkerData, FromWorker, ToWorker } from './protocol';

/**
 * Channels a worker entry adds beside the contract's, for tools that need work no channel offers
 * yet (the bench's Monte Carlo). The app's own worker (core-worker.ts) adds none.
 */
export type ExtraChannels = Record<string, (input: unknown) => unknown>;

async function runExtra(run: (input: unknown) => unknown, input: unknown): Promise<Result<unknown>> {
  try {
    return ok(await run(input));
  } catch (error) {
    return error instanceof AppError
      ? { ok: false, error: error.toInfo() }
      : fail('INTERNAL', 'unexpected error');
  }
}

/**
 * Runs in the worker thread: makes the core from workerData and answers each {id, channel, input}
 * with {id, result}. On {close}, it lets the calls under way finish, locks the vault and exits.
 */
export function serveCore(extraChannels: ExtraChannels = {}): void {
  const port = parentPort;
  if (!port) throw new Error('serveCore runs in a worker thread');
  const data = workerData as CoreWorkerData;
  const send = (message: FromWorker) => port.postMessage(message);
  const log = (line: string) => send({ log: line });

  const core = createCore({
    ...data.core,
    logError: log,
    scheduleBackups: true,
    prepareDocuments: true,
    ...(data.keyStore ? { deviceKeyStore: keyStoreOverLink(data.keyStore) } : {}),
  });

  const answer = async ({ id, channel, input }: CoreRequest): Promise<void> => {
    const extra = typeof channel === 'string' && Object.hasOwn(extraChannels, channel);
    const result = extra
      ? await runExtra(extraChannels[channel]!, input)
      : await core.router.invoke(channel, input);
    try {
      send({ id, result });
    } catch (error) {
      // A value that cannot be cloned is a bug in a handler, not the caller's fault.
      log(`[core] ${String(channel)}: answer not sendable: ${describeError(error)}`);
      send({ id, result: fail('INTERNAL', 'unexpected error') });
    }
  };

  const underWay = new Set<Promise<void>>();
  port.on('message', (message: ToWorker) => {
    if ('close' in message) {
      void Promise.allSettled(underWay).then(() => {
        core.close();
        port.close();
      });
      return;
    }
    const work = answer(message).finally(() => underWay.delete(work));
    underWay.add(work);
  });
  send({ ready: true });
}
