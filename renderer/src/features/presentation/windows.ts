import { presentationPaths } from './paths';

declare global {
  interface Window {
    /** Electron's preload adds this (electron/preload): main opens and places both windows. */
    advisorDeskPresentation?: { open(deckId: string): Promise<boolean> };
  }
}

/**
 * Opens the other view of a deck. In Electron, main opens the audience window on the second
 * display and the content-protected presenter window (electron/main/presentation-windows.ts); in a
 * browser it is a second tab, which keeps this tab's session (sessionStorage is copied to a tab
 * this one opens) and is kept in step over a BroadcastChannel.
 */
export function openOtherView(deckId: string, other: 'audience' | 'presenter'): void {
  const bridge = window.advisorDeskPresentation;
  if (bridge) {
    void bridge.open(deckId);
    return;
  }
  const path =
    other === 'audience' ? presentationPaths.audience(deckId) : presentationPaths.presenter(deckId);
  window.open(
    `${window.location.pathname}${window.location.search}#${path}`,
    `advisordesk-${other}-${deckId}`,
  );
}
