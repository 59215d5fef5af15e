/**
 * The presentation's shared state and how the presenter and audience views keep it in step. The
 * reducer is pure; the channel adapter carries whole states (not key presses) between the views,
 * so a view that joins late or misses a message catches up with the next one.
 */

export interface PresentationState {
  /** The slide shown, 0-based. */
  index: number;
  /** How many slides the deck has; the index stays inside it. */
  count: number;
  /** The audience screen is black (B). */
  blank: boolean;
  /** Client data is revealed (a client-specific deck only; off until the presenter turns it on). */
  reveal: boolean;
  /**
   * Grows with every change: the change's time when the view gives one (so of two views that
   * changed before hearing each other, the later change wins), else the last plus one.
   */
  seq: number;
}

/** A change made in this view; `at` (ms since the epoch) orders it against the other view's. */
export type LocalAction = (
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goTo'; index: number }
  | { type: 'toggleBlank' }
  | { type: 'setReveal'; reveal: boolean }
) & { at?: number };

export type PresentationAction =
  | LocalAction
  | { type: 'setCount'; count: number }
  /** Another view's state arrived. */
  | { type: 'adopt'; state: PresentationState };

export const initialPresentation: PresentationState = {
  index: 0,
  count: 0,
  blank: false,
  reveal: false,
  seq: 0,
};

function clampIndex(index: number, count: number): number {
  if (count <= 0) return 0;
  return Math.min(Math.max(0, Math.trunc(index)), count - 1);
}

function changed(state: PresentationState, next: Partial<PresentationState>, at = 0): PresentationState {
  const merged = { ...state, ...next };
  const same =
    merged.index === state.index &&
    merged.count === state.count &&
    merged.blank === state.blank &&
    merged.reveal === state.reveal;
  return same ? state : { ...merged, seq: Math.max(state.seq + 1, at) };
}

export function presentationReducer(state: PresentationState, action: PresentationAction): PresentationState {
  switch (action.type) {
    case 'next':
      // Moving on from a black screen shows the slide again, as projector remotes do.
      return changed(state, { index: clampIndex(state.index + 1, state.count), blank: false }, action.at);
    case 'previous':
      return changed(state, { index: clampIndex(state.index - 1, state.count), blank: false }, action.at);
    case 'first':
      return changed(state, { index: 0, blank: false }, action.at);
    case 'last':
      return changed(state, { index: clampIndex(state.count - 1, state.count), blank: false }, action.at);
    case 'goTo':
      return changed(state, { index: clampIndex(action.index, state.count), blank: false }, action.at);
    case 'toggleBlank':
      return changed(state, { blank: !state.blank }, action.at);
    case 'setReveal':
      return changed(state, { reveal: action.reveal }, action.at);
    case 'setCount':
      // The count is the deck's, read by each view: it is not a change to pass on.
      return {
        ...state,
        count: Math.max(0, action.count),
        index: clampIndex(state.index, action.count),
      };
    case 'adopt':
      return action.state.seq > state.seq
        ? {
            ...action.state,
            count: state.count,
            index: clampIndex(action.state.index, state.count || action.state.count),
          }
        : state;
  }
}

/** The keys of presentation mode (→ ← space PageUp/PageDown Home/End B); Esc is the view's own. */
export function actionForKey(key: string, shiftKey = false): LocalAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return { type: 'next' };
    case ' ':
      return shiftKey ? { type: 'previous' } : { type: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return { type: 'previous' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'b':
    case 'B':
      return { type: 'toggleBlank' };
    default:
      return null;
  }
}

/** What travels between the views: a state, or a newcomer asking for the current one. */
export type SyncMessage = { kind: 'state'; state: PresentationState } | { kind: 'hello' };

/** What the adapter needs of a channel: a BroadcastChannel (broadcastPort), or a stand-in in tests. */
export interface SyncPort {
  postMessage(message: unknown): void;
  /** Hears the other views' messages (null: stop hearing). */
  listen(hear: ((data: unknown) => void) | null): void;
  close(): void;
}

export function broadcastPort(channel: BroadcastChannel): SyncPort {
  return {
    postMessage: (message) => channel.postMessage(message),
    listen: (hear) => {
      channel.onmessage = hear ? (event: MessageEvent) => hear(event.data) : null;
    },
    close: () => channel.close(),
  };
}

export function syncChannelName(deckId: string): string {
  return `advisordesk-presentation:${deckId}`;
}

function isState(value: unknown): value is PresentationState {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return (
    Number.isInteger(s.index) &&
    Number.isInteger(s.count) &&
    Number.isInteger(s.seq) &&
    typeof s.blank === 'boolean' &&
    typeof s.reveal === 'boolean'
  );
}

/** Reads a message from the other view; anything malformed is ignored. */
export function parseSyncMessage(data: unknown): SyncMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  if (message.kind === 'hello') return { kind: 'hello' };
  if (message.kind === 'state' && isState(message.state)) return { kind: 'state', state: message.state };
  return null;
}

/**
 * Joins the deck's channel: `publish` sends this view's state, `onState` hears the other view's,
 * and a newcomer's hello is answered with `current()` so both views start on the same slide.
 */
export function connectSync(
  port: SyncPort,
  current: () => PresentationState,
  onState: (state: PresentationState) => void,
): { publish: (state: PresentationState) => void; close: () => void } {
  port.listen((data) => {
    const message = parseSyncMessage(data);
    if (message?.kind === 'hello') port.postMessage({ kind: 'state', state: current() });
    else if (message?.kind === 'state') onState(message.state);
  });
  port.postMessage({ kind: 'hello' });
  return {
    publish: (state) => port.postMessage({ kind: 'state', state }),
    close: () => {
      port.listen(null);
      port.close();
    },
  };
}
