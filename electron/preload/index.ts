import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES } from '../../shared/ipc/channel-names';
import { INVOKE_CHANNEL } from '../../shared/ipc/electron-bridge';

/**
 * The renderer's only door to the main process: one invoke() limited to the contract's channels.
 * Sandboxed preloads are CommonJS and see only what contextBridge exposes.
 */
const allowed = new Set<string>(CHANNEL_NAMES);

contextBridge.exposeInMainWorld('advisorDesk', {
  invoke(channel: unknown, input: unknown): Promise<unknown> {
    if (typeof channel !== 'string' || !allowed.has(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'unknown channel' } });
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, channel, input);
  },
});
