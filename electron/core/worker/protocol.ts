import type { ErrorInfo, Result } from '../../../shared/ipc/result';
import type { KeyStoreLink } from './key-store-bridge';

/**
 * The messages between the main thread and the core worker. Everything here is structured-cloned,
 * so it holds data only: the worker's functions (logging, the clock) are made inside the worker.
 */

/** The core options that can cross into the worker (see CoreOptions in ../app.ts). */
export interface WorkerCoreOptions {
  dataDir: string;
  fontsDir?: string | undefined;
  checkOutputs?: boolean | undefined;
  nativeBinding?: string | undefined;
}

/** The worker's workerData. */
export interface CoreWorkerData {
  core: WorkerCoreOptions;
  /** Present when the main thread offers the OS keychain. */
  keyStore?: KeyStoreLink;
}

export interface CoreRequest {
  id: number;
  channel: unknown;
  input: unknown;
}

/** Main to worker: a call, or "finish the calls under way, lock and exit". */
export type ToWorker = CoreRequest | { close: true };

/** Worker to main: started, the answer to a call, or a log line (which never holds client data). */
export type FromWorker = { ready: true } | { id: number; result: Result<unknown> } | { log: string };

const CORE_STOPPED_ERROR: ErrorInfo = { code: 'INTERNAL', message: 'the core stopped' };

/** What every call gets when the worker has died or been closed under it. */
export function coreStopped(): Result<never> {
  return { ok: false, error: { ...CORE_STOPPED_ERROR } };
}
