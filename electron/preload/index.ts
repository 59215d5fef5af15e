import { contextBridge, ipcRenderer } from 'electron';
import { isWindowChannel } from '../../shared/ipc/channel-names';
import { INVOKE_CHANNEL } from '../../shared/ipc/electron-bridge';

/**
 * The renderer's only door to the main process: one invoke() limited to the contract's window
 * channels. Sandboxed preloads are CommonJS and see only what contextBridge exposes.
 */
contextBridge.exposeInMainWorld('advisorDesk', {
  invoke(channel: unknown, input: unknown): Promise<unknown> {
    if (!isWindowChannel(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'unknown channel' } });
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, channel, input);
  },
});
