import { contextBridge, ipcRenderer } from 'electron';
import { isWindowChannel } from '../../shared/ipc/channel-names';
import { INVOKE_CHANNEL, PRESENTATION_CHANNEL } from '../../shared/ipc/electron-bridge';

/**
 * The renderer's doors to the main process: one invoke() limited to the contract's window
 * channels, and presentation mode's request for its two windows (main checks the sender and the
 * deck id again). Sandboxed preloads are CommonJS and see only what contextBridge exposes.
 */
contextBridge.exposeInMainWorld('advisorDesk', {
  invoke(channel: unknown, input: unknown): Promise<unknown> {
    if (!isWindowChannel(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'unknown channel' } });
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, channel, input);
  },
});

contextBridge.exposeInMainWorld('advisorDeskPresentation', {
  open(deckId: unknown): Promise<boolean> {
    if (typeof deckId !== 'string') return Promise.resolve(false);
    return ipcRenderer.invoke(PRESENTATION_CHANNEL, deckId) as Promise<boolean>;
  },
});
