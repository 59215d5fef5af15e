import { describe, expect, it } from 'vitest';
import {
  actionForKey,
  connectSync,
  initialPresentation,
  parseSyncMessage,
  presentationReducer,
  type SyncPort,
  type PresentationAction,
  type PresentationState,
} from '../../../renderer/src/features/presentation/sync';

const run = (actions: PresentationAction[], from: PresentationState = initialPresentation) =>
  actions.reduce(presentationReducer, presentationReducer(from, { type: 'setCount', count: 4 }));

describe('presentation reducer', () => {
  it('moves through the deck and stops at both ends', () => {
    expect(run([{ type: 'next' }, { type: 'next' }]).index).toBe(2);
    expect(run([{ type: 'previous' }]).index).toBe(0);
    expect(run([{ type: 'last' }, { type: 'next' }]).index).toBe(3);
    expect(run([{ type: 'last' }, { type: 'first' }]).index).toBe(0);
    expect(run([{ type: 'goTo', index: 9 }]).index).toBe(3);
    expect(run([{ type: 'goTo', index: -2 }]).index).toBe(0);
  });

  it('blanks and unblanks with B; moving on shows the slide again', () => {
    const blank = run([{ type: 'toggleBlank' }]);
    expect(blank.blank).toBe(true);
    expect(presentationReducer(blank, { type: 'toggleBlank' }).blank).toBe(false);
    expect(presentationReducer(blank, { type: 'next' })).toMatchObject({ blank: false, index: 1 });
  });

  it('counts changes and leaves the state alone when nothing changes', () => {
    const moved = run([{ type: 'next' }, { type: 'setReveal', reveal: true }]);
    expect(moved.seq).toBe(2);
    expect(presentationReducer(moved, { type: 'setReveal', reveal: true })).toBe(moved);
    const atStart = run([]);
    expect(presentationReducer(atStart, { type: 'previous' })).toBe(atStart);
  });

  it("keeps the newer of two views' states and the deck's own slide count", () => {
    const mine = run([{ type: 'next' }]);
    const theirs = { ...initialPresentation, index: 3, count: 99, seq: 5, blank: true };
    expect(presentationReducer(mine, { type: 'adopt', state: theirs })).toMatchObject({
      index: 3,
      count: 4,
      blank: true,
      seq: 5,
    });
    expect(presentationReducer(mine, { type: 'adopt', state: { ...theirs, seq: 1 } })).toBe(mine);
    expect(presentationReducer(mine, { type: 'adopt', state: { ...theirs, index: 50, seq: 9 } }).index).toBe(
      3,
    );
  });

  it('of two changes made before the views heard each other, the later one wins', () => {
    const presenter = presentationReducer(run([]), { type: 'next', at: 2_000 });
    const audienceAnswer = { ...run([{ type: 'last', at: 1_000 }]) };
    expect(presenter.seq).toBe(2_000);
    // The audience's older state (its answer to the presenter's hello) arrives late: ignored.
    expect(presentationReducer(presenter, { type: 'adopt', state: audienceAnswer })).toBe(presenter);
    // And without a time a change still moves the sequence on.
    expect(presentationReducer(presenter, { type: 'next' }).seq).toBe(2_001);
  });

  it('a shorter deck (a newer version) pulls the slide back inside it', () => {
    const last = run([{ type: 'last' }]);
    expect(presentationReducer(last, { type: 'setCount', count: 2 }).index).toBe(1);
  });
});

describe('presentation keys', () => {
  it('maps the projector keys and nothing else', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' '])
      expect(actionForKey(key)).toEqual({ type: 'next' });
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp'])
      expect(actionForKey(key)).toEqual({ type: 'previous' });
    expect(actionForKey(' ', true)).toEqual({ type: 'previous' });
    expect(actionForKey('Home')).toEqual({ type: 'first' });
    expect(actionForKey('End')).toEqual({ type: 'last' });
    expect(actionForKey('b')).toEqual({ type: 'toggleBlank' });
    expect(actionForKey('B')).toEqual({ type: 'toggleBlank' });
    expect(actionForKey('Escape')).toBeNull();
    expect(actionForKey('x')).toBeNull();
  });
});

/** Two in-memory ports wired like a BroadcastChannel (a message reaches the others, not itself). */
function pair(): [SyncPort, SyncPort] {
  const hearers = new Map<SyncPort, ((data: unknown) => void) | null>();
  const make = (): SyncPort => {
    const port: SyncPort = {
      postMessage(message) {
        for (const [other, hear] of hearers) if (other !== port) hear?.(structuredClone(message));
      },
      listen(hear) {
        hearers.set(port, hear);
      },
      close() {
        hearers.delete(port);
      },
    };
    hearers.set(port, null);
    return port;
  };
  return [make(), make()];
}

describe('sync channel adapter', () => {
  it('answers a newcomer with the current state and passes later states on', () => {
    const [presenterPort, audiencePort] = pair();
    const presenterState = { ...initialPresentation, index: 2, count: 4, seq: 3 };
    const heardByPresenter: PresentationState[] = [];
    const heardByAudience: PresentationState[] = [];
    const presenter = connectSync(
      presenterPort,
      () => presenterState,
      (s) => heardByPresenter.push(s),
    );
    const audience = connectSync(
      audiencePort,
      () => initialPresentation,
      (s) => heardByAudience.push(s),
    );
    // The audience's hello was answered with the presenter's slide.
    expect(heardByAudience).toEqual([presenterState]);
    presenter.publish({ ...presenterState, index: 3, seq: 4 });
    expect(heardByAudience.at(-1)).toMatchObject({ index: 3, seq: 4 });
    audience.publish({ ...presenterState, blank: true, seq: 5 });
    expect(heardByPresenter.at(-1)).toMatchObject({ blank: true, seq: 5 });
    audience.close();
    presenter.publish({ ...presenterState, seq: 6 });
    expect(heardByAudience.at(-1)?.seq).toBe(4);
  });

  it('ignores malformed messages', () => {
    expect(parseSyncMessage(null)).toBeNull();
    expect(parseSyncMessage({ kind: 'state', state: { index: '1' } })).toBeNull();
    expect(parseSyncMessage({ kind: 'other' })).toBeNull();
    expect(parseSyncMessage({ kind: 'hello' })).toEqual({ kind: 'hello' });
  });
});
