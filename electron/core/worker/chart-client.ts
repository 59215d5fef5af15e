import { Worker } from 'node:worker_threads';
import type { ChartSet, DrawCharts } from '../documents/chart-set';
import type { ChartReply, ChartRequest } from './chart-protocol';
import { workerEntry, workerScript } from './worker-script';

/**
 * The documents lane's end of the chart worker. Charts are drawn in their own thread for two
 * reasons: React DOM needs browser globals that the core's thread must not have, and a document's
 * charts (about 100 ms for a proposal's six) are drawn while the core lays out its text.
 *
 * One worker per process, started on the first chart and kept: it holds no reference that would
 * keep the process alive while no chart is being drawn. If it dies, the charts it was drawing
 * fail and the next chart starts another.
 */

/** A larger young generation than V8's default: recharts allocates a lot, briefly, per chart. */
const YOUNG_GENERATION_MB = 48;

interface Pending {
  resolve(svgs: string[]): void;
  reject(error: Error): void;
}

interface ChartWorker {
  worker: Worker;
  pending: Map<number, Pending>;
  ready: Promise<void>;
}

let current: ChartWorker | null = null;
let nextId = 1;

function chartError(what: string): Error {
  return new Error(`the charts could not be drawn (${what})`);
}

function startWorker(entry: string): ChartWorker {
  const { script, eval: isEval } = workerScript(entry);
  const worker = new Worker(script, {
    eval: isEval,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  let started = () => {};
  let failed: (error: Error) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    started = resolve;
    failed = reject;
  });
  ready.catch(() => undefined); // the calls waiting on it get the failure
  const running: ChartWorker = { worker, pending: new Map(), ready };
  const stop = (what: string) => {
    if (current === running) current = null;
    failed(chartError(what));
    for (const call of running.pending.values()) call.reject(chartError(what));
    running.pending.clear();
  };
  worker.on('message', (reply: ChartReply) => {
    if ('ready' in reply) return started();
    const call = running.pending.get(reply.id);
    running.pending.delete(reply.id);
    if (running.pending.size === 0) worker.unref();
    if ('svgs' in reply) call?.resolve(reply.svgs);
    else call?.reject(chartError(reply.error));
  });
  worker.on('error', (error) => stop(error.name));
  worker.on('exit', (code) => stop(`exit code ${code}`));
  worker.unref();
  return running;
}

/** Draws chart sets in the process's chart worker. */
export function chartWorkerDrawer(): DrawCharts {
  return async <Input>(set: ChartSet<Input>, input: Input) => {
    current ??= startWorker(workerEntry('chart-worker'));
    const { worker, pending, ready } = current;
    const id = nextId++;
    // Waiting on a chart keeps the process alive, as any pending I/O does; an idle worker does not.
    worker.ref();
    await ready;
    return new Promise<string[]>((resolve, reject) => {
      try {
        worker.postMessage({ id, set: set.name, input } satisfies ChartRequest);
      } catch (error) {
        if (pending.size === 0) worker.unref();
        reject(chartError((error as Error).name)); // an input that is not data
        return;
      }
      pending.set(id, { resolve, reject });
    });
  };
}
