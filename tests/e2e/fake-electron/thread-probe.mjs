// `node --import ./thread-probe.mjs`: worker threads inherit the flag, so this runs in each of them
// too. In a worker it reports every call the thread receives, so the test sees which thread the
// built main process hands its IPC calls to.
import { BroadcastChannel, isMainThread, parentPort, threadId } from 'node:worker_threads';

export const PROBE_CHANNEL = 'fake-electron:thread-probe';

if (!isMainThread && parentPort) {
  const probe = new BroadcastChannel(PROBE_CHANNEL);
  probe.unref();
  parentPort.on('message', (message) => {
    if (typeof message?.channel === 'string') probe.postMessage({ threadId, channel: message.channel });
  });
}
