// A core worker entry for the client's tests: the real core, plus channels that answer after a
// delay, report the thread, or kill the thread the way a native crash or a stray throw would.
import { threadId } from 'node:worker_threads';
import { serveCore } from '../../../electron/core/worker/serve-core';

serveCore({
  'test.echo': async (input) => {
    const { value, delayMs } = input as { value: unknown; delayMs: number };
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return value;
  },
  'test.thread': () => threadId,
  // An uncaught error whose message holds client data, which the log must not repeat.
  'test.throw': () => {
    setImmediate(() => {
      throw new Error('crashed while holding 歐陽金絲雀');
    });
    return new Promise(() => undefined);
  },
  'test.exit': () => process.exit(3),
});
