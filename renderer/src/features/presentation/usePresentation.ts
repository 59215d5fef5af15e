import { useEffect, useReducer, useRef } from 'react';
import { useNavigate } from 'react-router';
import { useChannelQuery } from '../../lib/queries';
import { presentationPaths } from './paths';
import {
  actionForKey,
  broadcastPort,
  connectSync,
  initialPresentation,
  presentationReducer,
  syncChannelName,
  type LocalAction,
  type PresentationState,
} from './sync';

/**
 * One view's side of presentation mode: the deck (resolved and redacted by the core; revealed
 * only while the presenter has turned reveal on, for a client-specific deck), the shared state kept
 * in step with the other view over a BroadcastChannel, and the keyboard. The disclosure slide
 * counts as the last slide.
 */
export function usePresentation(deckId: string) {
  const navigate = useNavigate();
  const [state, dispatch] = useReducer(presentationReducer, initialPresentation);
  const deck = useChannelQuery('briefings.slides', state.reveal ? { deckId, reveal: true } : { deckId });
  // Keep the previous answer while a reveal is asked for, so the slide does not flash away.
  const resolved = deck.data;
  const count = resolved ? resolved.slides.length + 1 : 0;

  useEffect(() => dispatch({ type: 'setCount', count }), [count]);

  // The state last heard from the other view is not sent back to it.
  const heardSeq = useRef(-1);
  const current = useRef<PresentationState>(state);
  useEffect(() => {
    current.current = state;
  });
  const publish = useRef<(state: PresentationState) => void>(() => {});

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const sync = connectSync(
      broadcastPort(new BroadcastChannel(syncChannelName(deckId))),
      () => current.current,
      (heard) => {
        heardSeq.current = heard.seq;
        dispatch({ type: 'adopt', state: heard });
      },
    );
    publish.current = sync.publish;
    return () => {
      publish.current = () => {};
      sync.close();
    };
  }, [deckId]);

  useEffect(() => {
    if (state.seq > 0 && state.seq !== heardSeq.current) publish.current(state);
  }, [state]);

  const leave = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    void navigate(presentationPaths.editor(deckId));
  };

  const leaveRef = useRef(leave);
  useEffect(() => {
    leaveRef.current = leave;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      // Typing in a field (the presenter's controls) is not driving the slides.
      const { target } = event;
      if (target instanceof Element && target.closest('input, textarea, [contenteditable="true"]')) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        leaveRef.current();
        return;
      }
      const action = actionForKey(event.key, event.shiftKey);
      if (!action) return;
      // Space and arrows would also press a focused button or scroll: the slides take them.
      event.preventDefault();
      dispatch({ ...action, at: Date.now() });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const slide = resolved?.slides[state.index] ?? null;
  const next = resolved?.slides[state.index + 1] ?? null;
  return {
    deck,
    resolved,
    state,
    /** A change made here (a button), stamped with its time like a key press. */
    dispatch: (action: LocalAction) => dispatch({ ...action, at: Date.now() }),
    leave,
    /** The current slide; null on the disclosure slide (the last one). */
    slide,
    onDisclosure: resolved !== undefined && state.index === resolved.slides.length,
    next,
    nextIsDisclosure: resolved !== undefined && state.index + 1 === resolved.slides.length,
  };
}
