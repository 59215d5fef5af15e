// Required before the host (node --require, which worker threads run too) by tests that need a
// day in the past: Date.now runs SHIFTED_CLOCK_MS off the real clock until the process receives
// SIGUSR2, which sets every thread back to the real time (the core runs in a worker, which hears
// it through a BroadcastChannel). The core reads the clock only through Date.now (context.now).
const { isMainThread } = require('node:worker_threads');

const realNow = Date.now.bind(Date);
let offset = Number(process.env.SHIFTED_CLOCK_MS ?? 0);
Date.now = () => realNow() + offset;

const channel = new BroadcastChannel('advisordesk-shifted-clock');
channel.onmessage = () => {
  offset = 0;
};
channel.unref();
if (isMainThread) {
  process.on('SIGUSR2', () => {
    offset = 0;
    channel.postMessage('real time');
  });
}
