import { describe, expect, it } from 'vitest';
import {
  isDeckId,
  planPresentationWindows,
  type DisplayLike,
} from '../../electron/main/presentation-windows';

const DECK = '3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
const laptop: DisplayLike = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 25, width: 1440, height: 875 },
};
const projector: DisplayLike = {
  id: 7,
  bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
  workArea: { x: 1440, y: 0, width: 1920, height: 1080 },
};

describe('presentation window policy', () => {
  it('puts the audience full screen on the second display and keeps the presenter on the app’s', () => {
    const [audience, presenter] = planPresentationWindows(DECK, [laptop, projector], 1);
    expect(audience).toEqual({
      role: 'audience',
      route: `#/briefings/${DECK}/present`,
      bounds: projector.bounds,
      displayId: 7,
      fullscreen: true,
      contentProtection: false,
    });
    expect(presenter).toEqual({
      role: 'presenter',
      route: `#/briefings/${DECK}/presenter`,
      bounds: laptop.workArea,
      displayId: 1,
      fullscreen: false,
      contentProtection: true,
    });
  });

  it('uses the display the app is on as the presenter’s, whichever is listed first', () => {
    const [audience, presenter] = planPresentationWindows(DECK, [laptop, projector], 7);
    expect(presenter!.displayId).toBe(7);
    expect(audience).toMatchObject({ displayId: 1, bounds: laptop.bounds, fullscreen: true });
  });

  it('with one display opens both as windows on it, the audience not full screen', () => {
    const [audience, presenter] = planPresentationWindows(DECK, [laptop], 1);
    expect(audience).toMatchObject({ displayId: 1, fullscreen: false, contentProtection: false });
    expect(presenter).toMatchObject({ displayId: 1, fullscreen: false, contentProtection: true });
    for (const plan of [audience!, presenter!]) {
      expect(plan.bounds.x).toBeGreaterThanOrEqual(laptop.workArea.x);
      expect(plan.bounds.y).toBeGreaterThanOrEqual(laptop.workArea.y);
      expect(plan.bounds.x + plan.bounds.width).toBeLessThanOrEqual(1440);
      expect(plan.bounds.y + plan.bounds.height).toBeLessThanOrEqual(900);
    }
    expect(audience!.bounds.width).toBeLessThan(presenter!.bounds.width);
  });

  it('falls back to the first display when the app’s is gone, and refuses none', () => {
    expect(planPresentationWindows(DECK, [laptop, projector], 99)[1]!.displayId).toBe(1);
    expect(() => planPresentationWindows(DECK, [], 1)).toThrow();
  });

  it('accepts only a deck id for the route', () => {
    expect(isDeckId(DECK)).toBe(true);
    for (const bad of ['', '../../etc', `${DECK}#/settings`, 42, null]) expect(isDeckId(bad)).toBe(false);
  });
});
