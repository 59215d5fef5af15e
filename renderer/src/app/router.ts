import { useSyncExternalStore } from 'react';

/** A hash router: the app loads from file:// in Electron, where paths cannot be routed. */

export const SECTIONS = ['clients', 'briefings', 'products', 'proposals', 'compliance', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

export type Route =
  | { name: 'clients' }
  | { name: 'clientNew' }
  | { name: 'client'; id: string }
  | { name: 'clientEdit'; id: string }
  | { name: Exclude<Section, 'clients'> };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third] = parts;
  if (first === 'clients') {
    if (second === 'new') return { name: 'clientNew' };
    if (second && third === 'edit') return { name: 'clientEdit', id: second };
    if (second) return { name: 'client', id: second };
    return { name: 'clients' };
  }
  const section = SECTIONS.find((s) => s === first);
  return section && section !== 'clients' ? { name: section } : { name: 'clients' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'clientNew':
      return '#/clients/new';
    case 'client':
      return `#/clients/${encodeURIComponent(route.id)}`;
    case 'clientEdit':
      return `#/clients/${encodeURIComponent(route.id)}/edit`;
    default:
      return `#/${route.name}`;
  }
}

export function sectionOf(route: Route): Section {
  return route.name === 'clientNew' || route.name === 'client' || route.name === 'clientEdit'
    ? 'clients'
    : route.name;
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
