import type { RouteObject, UIMatch } from 'react-router';

/**
 * A feature's top route carries `handle: navHandle(...)` to get an entry in the left menu; the
 * entry is highlighted while any route below it is shown.
 */
export interface NavEntry {
  /** The section's key (also its test id, `nav-<key>`) and the path it opens. */
  key: string;
  labelKey: string;
}

export interface NavHandle {
  nav: NavEntry;
}

export function navHandle(key: string, labelKey: string): NavHandle {
  return { nav: { key, labelKey } };
}

function navOf(handle: unknown): NavEntry | null {
  if (typeof handle !== 'object' || handle === null || !('nav' in handle)) return null;
  const { nav } = handle as NavHandle;
  return typeof nav?.key === 'string' ? nav : null;
}

/** The menu, in the order the features' routes are listed. */
export function navEntries(routes: readonly RouteObject[]): NavEntry[] {
  return routes.flatMap((route) => {
    const nav = navOf(route.handle);
    return nav ? [nav] : [];
  });
}

/** The section the current location belongs to, from the matched routes' handles. */
export function currentSection(matches: readonly Pick<UIMatch, 'handle'>[]): string | null {
  for (const match of matches) {
    const nav = navOf(match.handle);
    if (nav) return nav.key;
  }
  return null;
}

/**
 * A route with `handle: FULL_PAGE` is drawn without the app's chrome (header, menu, banners):
 * presentation mode's audience and presenter views fill the window. It stays below the vault
 * gate and the settings, so locking still hides it.
 */
export const FULL_PAGE = { fullPage: true } as const;

export function isFullPage(matches: readonly Pick<UIMatch, 'handle'>[]): boolean {
  return matches.some(
    (match) => typeof match.handle === 'object' && match.handle !== null && 'fullPage' in match.handle,
  );
}
