import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ChartDrawing, ChartSet, DrawCharts } from '../documents/chart-set';
import { Drawing } from './chart-drawing';
import type { ChartReply, ChartRequest } from './chart-protocol';
import { workerEntry, workerScript } from './worker-script';

/**
 * The documents lane's end of the chart workers. Charts are drawn in their own threads for two
 * reasons: React DOM needs browser globals that the core's thread must not have, and a document's
 * charts (about 100 ms for a proposal's six) are drawn while the core lays out its text.
 *
 * Two workers per process where there are two cores or more (one on a single core), each started
 * on the first chart and kept: a document's charts are shared between them (every other chart
 * each), so a proposal's six are drawn in about half the time. The core's thread mostly waits on
 * them meanwhile, so two workers pay even on a two-core machine. They hold no reference that
 * would keep the process alive while no chart is being drawn. If one dies, the charts it was
 * drawing fail and the next chart starts another.
 */

/** A larger young generation than V8's default: recharts allocates a lot, briefly, per chart. */
const YOUNG_GENERATION_MB = 48;
/**
 * A chart set not drawn by then will not be: the worker is ended, which fails every drawing it
 * holds, and the next chart starts another. No document waits forever on a stuck worker.
 */
const DRAWING_TIMEOUT_MS = 60_000;

interface ChartWorker {
  worker: Worker;
  pending: Map<number, { drawing: Drawing; timeout: ReturnType<typeof setTimeout> }>;
  ready: Promise<void>;
}

const WORKERS = Math.min(2, availableParallelism());
const workers: (ChartWorker | null)[] = Array.from({ length: WORKERS }, () => null);
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
    const slot = workers.indexOf(running);
    if (slot >= 0) workers[slot] = null;
    failed(chartError(what));
    for (const { drawing, timeout } of running.pending.values()) {
      clearTimeout(timeout);
      drawing.fail(chartError(what));
    }
    running.pending.clear();
  };
  worker.on('message', (reply: ChartReply) => {
    if ('ready' in reply) return started();
    const call = running.pending.get(reply.id);
    if (!call) return;
    if ('svg' in reply) return call.drawing.drawn(reply.index, reply.svg);
    clearTimeout(call.timeout);
    running.pending.delete(reply.id);
    if (running.pending.size === 0) worker.unref();
    if ('count' in reply) call.drawing.done(reply.count);
    else call.drawing.fail(chartError(reply.error));
  });
  worker.on('error', (error) => stop(error.name));
  worker.on('exit', (code) => stop(`exit code ${code}`));
  worker.unref();
  return running;
}

function chartWorker(slot: number): ChartWorker {
  return (workers[slot] ??= startWorker(workerEntry('chart-worker')));
}

/**
 * Starts the chart workers ahead of the first chart (their modules take about a second to load),
 * and answers once they are ready to draw.
 */
export async function prepareChartWorkers(): Promise<void> {
  await Promise.all(workers.map((_, slot) => chartWorker(slot).ready));
}

/** Asks one worker for its share of a drawing. */
function requestShare(running: ChartWorker, drawing: Drawing, request: ChartRequest): void {
  const timeout = setTimeout(() => void running.worker.terminate(), DRAWING_TIMEOUT_MS);
  timeout.unref();
  running.pending.set(request.id, { drawing, timeout });
  // Waiting on a chart keeps the process alive, as any pending I/O does; an idle worker does not.
  running.worker.ref();
  void running.ready.then(
    () => {
      try {
        running.worker.postMessage(request);
      } catch (error) {
        clearTimeout(timeout);
        running.pending.delete(request.id);
        if (running.pending.size === 0) running.worker.unref();
        drawing.fail(chartError((error as Error).name)); // an input that is not data
      }
    },
    () => undefined,
  ); // a worker that failed to start has failed its drawings already
}

/** Draws chart sets in the process's chart workers, each drawing a share of every set. */
export function chartWorkerDrawer(): DrawCharts {
  return <Input>(set: ChartSet<Input>, input: Input): ChartDrawing => {
    const id = nextId++;
    const drawing = new Drawing(WORKERS);
    workers.forEach((_, slot) => {
      const share = { of: WORKERS, index: slot };
      requestShare(chartWorker(slot), drawing, { id, set: set.name, input, share });
    });
    return drawing;
  };
}
