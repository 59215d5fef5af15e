/**
 * Where presentation mode's two windows go, decided without Electron so it is tested in Node
 * (tests/main/presentation-windows.test.ts); index.ts applies it to BrowserWindows.
 * The audience window fills the second display when there is one (the projector); the presenter
 * window stays on the advisor's display and is excluded from screen capture, so sharing the screen
 * in a video call never shows the notes.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of Electron's Display the policy reads. */
export interface DisplayLike {
  id: number;
  bounds: Rect;
  workArea: Rect;
}

export interface PresentationWindowPlan {
  role: 'audience' | 'presenter';
  /** The in-app route the window loads (`#/briefings/<id>/present`). */
  route: string;
  bounds: Rect;
  displayId: number;
  /** Full screen from the start: only the audience window on its own display. */
  fullscreen: boolean;
  /** setContentProtection(true): kept out of screen capture and sharing. */
  contentProtection: boolean;
}

/** A deck id as the contract writes it (a UUID; the route carries it); anything else is refused. */
export function isDeckId(value: unknown): value is string {
  return (
    typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
  );
}

function inset(area: Rect, fraction: number): Rect {
  const width = Math.round(area.width * fraction);
  const height = Math.round(area.height * fraction);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Both windows for a deck. `primaryId` is the display the app is on; the audience goes to the
 * first other display. With one display both windows share it: the presenter view fills the work
 * area and the audience view opens as a window beside it (not full screen, which would hide the
 * presenter view), for a rehearsal or a screen shared in a call.
 */
export function planPresentationWindows(
  deckId: string,
  displays: readonly DisplayLike[],
  primaryId: number,
): PresentationWindowPlan[] {
  const primary = displays.find((d) => d.id === primaryId) ?? displays[0];
  if (!primary) throw new Error('no display');
  const second = displays.find((d) => d.id !== primary.id);
  const id = encodeURIComponent(deckId);
  const presenter: PresentationWindowPlan = {
    role: 'presenter',
    route: `#/briefings/${id}/presenter`,
    bounds: second ? { ...primary.workArea } : inset(primary.workArea, 0.9),
    displayId: primary.id,
    fullscreen: false,
    contentProtection: true,
  };
  const audience: PresentationWindowPlan = {
    role: 'audience',
    route: `#/briefings/${id}/present`,
    bounds: second ? { ...second.bounds } : inset(primary.workArea, 0.6),
    displayId: (second ?? primary).id,
    fullscreen: second !== undefined,
    contentProtection: false,
  };
  return [audience, presenter];
}
