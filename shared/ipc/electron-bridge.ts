/** The single Electron IPC channel that carries every contract call: (channel, input) → Result. */
export const INVOKE_CHANNEL = 'advisordesk:invoke';

/** Asks main to open presentation mode's two windows for a deck: (deckId) → whether it did. */
export const PRESENTATION_CHANNEL = 'advisordesk:open-presentation';
