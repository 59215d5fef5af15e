import { Worker } from 'node:worker_threads';
import { fail, type Result } from '../../../shared/ipc/result';
import { describeError } from '../describe-error';
import type { DeviceKeyStore } from '../vault/device-key-store';
import { serveKeyStore } from './key-store-bridge';
import { workerEntry, workerScript } from './worker-script';
import {
  coreStopped,
  type CoreWorkerData,
  type FromWorker,
  type ToWorker,
  type WorkerCoreOptions,
} from './protocol';

/**
 * The main thread's end of the core worker: the core (SQLite, PDFs, analytics) runs in a
 * worker_threads Worker, and this thread, which serves every window, only passes messages. Only
 * types come from the core here, so the main bundle does not carry the core.
 */

export interface CoreWorkerOptions extends WorkerCoreOptions {
  /** The OS keychain; it stays on this thread and the worker reaches it by request and reply. */
  deviceKeyStore?: DeviceKeyStore | undefined;
  /** The worker's log lines and its crashes; never client data. Default: console.error. */
  logError?: (message: string) => void;
  /** Another worker entry file (.js, or .ts run through tsx): tests' and the bench's. */
  entry?: string;
}

export interface CoreClient {
  /** Same contract as the core's router: unknown in, a Result out, never a throw. */
  invoke(channel: unknown, input?: unknown): Promise<Result<unknown>>;
  /** Lets the calls under way finish, locks the vault and ends the worker. */
  close(): Promise<void>;
}

const CLOSE_TIMEOUT_MS = 10_000;
/**
 * The core's young generation, larger than V8's default: laying out a PDF (pdfkit, svg-to-pdfkit)
 * and analysing a proposal make many short-lived objects, and fewer scavenges take about a seventh
 * off a proposal PDF. The bench renders in a thread with the same limit.
 */
export const CORE_YOUNG_GENERATION_MB = 96;

interface Running {
  worker: Worker;
  closeKeyStore: () => void;
  closing: boolean;
}

/** Starts the core in a worker and resolves once it is ready (rejects if it cannot start). */
export async function startCoreWorker(options: CoreWorkerOptions): Promise<CoreClient> {
  const { deviceKeyStore, logError = console.error, entry = workerEntry('core-worker'), ...core } = options;
  const { script, eval: isEval } = workerScript(entry);
  const pending = new Map<number, (result: Result<unknown>) => void>();
  let nextId = 1;
  let current: Running | null = null;
  let closed = false;

  /** The worker is gone: every call waiting on it is answered, and the next call starts another. */
  const stopped = (running: Running) => {
    if (current !== running) return;
    current = null;
    running.closeKeyStore();
    for (const answer of pending.values()) answer(coreStopped());
    pending.clear();
  };

  const start = (): { running: Running; ready: Promise<void> } => {
    const keyStore = deviceKeyStore ? serveKeyStore(deviceKeyStore) : null;
    const workerData: CoreWorkerData = { core, ...(keyStore ? { keyStore: keyStore.link } : {}) };
    const worker = new Worker(script, {
      eval: isEval,
      workerData,
      transferList: keyStore ? [keyStore.link.port] : [],
      resourceLimits: { maxYoungGenerationSizeMb: CORE_YOUNG_GENERATION_MB },
    });
    const running: Running = { worker, closeKeyStore: () => keyStore?.close(), closing: false };
    const ready = new Promise<void>((resolveReady, rejectReady) => {
      worker.on('message', (message: FromWorker) => {
        if ('ready' in message) resolveReady();
        else if ('log' in message) logError(message.log);
        else {
          pending.get(message.id)?.(message.result);
          pending.delete(message.id);
        }
      });
      worker.on('error', (error) => {
        logError(`[core] the core worker failed: ${describeError(error)}`);
        rejectReady(new Error('the core could not start'));
        stopped(running);
        void worker.terminate();
      });
      worker.on('exit', (code) => {
        // Once per death: an 'error' is followed by an 'exit', already logged and handled.
        if (current === running && !running.closing) {
          logError(`[core] the core worker stopped (exit code ${code})`);
        }
        rejectReady(new Error('the core could not start'));
        stopped(running);
      });
    });
    ready.catch(() => undefined); // a restart is not awaited: its failure reaches the calls instead
    current = running;
    return { running, ready };
  };

  await start().ready;

  return {
    invoke(channel, input) {
      if (closed) return Promise.resolve(coreStopped());
      // A restarted core has a locked vault: the window sees LOCKED and asks for the passphrase.
      const { worker } = current ?? start().running;
      const id = nextId++;
      return new Promise<Result<unknown>>((resolveCall) => {
        pending.set(id, resolveCall);
        try {
          worker.postMessage({ id, channel, input } satisfies ToWorker);
        } catch {
          pending.delete(id);
          resolveCall(fail('VALIDATION', 'the input cannot be sent to the core'));
        }
      });
    },
    async close() {
      closed = true;
      const running = current;
      if (!running) return;
      running.closing = true;
      const exited = new Promise<void>((resolveExit) => running.worker.once('exit', () => resolveExit()));
      running.worker.postMessage({ close: true } satisfies ToWorker);
      const timer = setTimeout(() => void running.worker.terminate(), CLOSE_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
