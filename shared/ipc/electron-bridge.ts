/** The single Electron IPC channel that carries every contract call: (channel, input) → Result. */
export const INVOKE_CHANNEL = 'advisordesk:invoke';
