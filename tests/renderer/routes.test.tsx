// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { matchRoutes, createHashRouter, RouterProvider, type RouteObject } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { featureRoutes } from '../../renderer/src/app/feature-routes';
import { messages } from '../../renderer/src/app/messages';
import { currentSection, navEntries } from '../../renderer/src/app/navigation';
import { appRoutes } from '../../renderer/src/app/routes';
import { appCore, CLIENT, mount } from './harness';

const FEATURES = join(import.meta.dirname, '../../renderer/src/features');

/** The path pattern of the deepest route an address lands on. */
function landsOn(path: string): string | undefined {
  const matches = matchRoutes(appRoutes, path) ?? [];
  return matches
    .map((m) => m.route.path ?? (m.route.index ? '(index)' : ''))
    .filter(Boolean)
    .join(' > ');
}

describe('route declarations', () => {
  it('takes every deep link to its page, and anything else to the client list', () => {
    expect(landsOn('/clients')).toBe('/ > clients > (index)');
    expect(landsOn('/clients/new')).toBe('/ > clients > new');
    expect(landsOn(`/clients/${CLIENT.id}`)).toBe('/ > clients > :id');
    expect(matchRoutes(appRoutes, `/clients/${CLIENT.id}`)!.at(-1)!.params.id).toBe(CLIENT.id);
    expect(landsOn(`/clients/${CLIENT.id}/edit`)).toBe('/ > clients > :id/edit');
    for (const section of ['compliance', 'regulatory', 'settings']) {
      expect(landsOn(`/${section}`)).toBe(`/ > ${section}`);
    }
    expect(landsOn('/briefings')).toBe('/ > briefings > (index)');
    expect(landsOn(`/briefings/${CLIENT.id}`)).toBe('/ > briefings > :id');
    expect(landsOn('/proposals')).toBe('/ > proposals > (index)');
    expect(landsOn('/proposals/report')).toBe('/ > proposals > report');
    expect(landsOn(`/proposals/${CLIENT.id}`)).toBe('/ > proposals > :id');
    expect(landsOn('/products')).toBe('/ > products > (index)');
    expect(landsOn('/products/new')).toBe('/ > products > new');
    expect(landsOn(`/products/${CLIENT.id}`)).toBe('/ > products > :id');
    expect(landsOn(`/products/${CLIENT.id}/edit`)).toBe('/ > products > :id/edit');
    expect(landsOn('/')).toBe('/ > (index)');
    expect(landsOn('/nowhere/at/all')).toBe('/ > *');
  });

  it('lists every feature folder that declares routes', async () => {
    const declaring = readdirSync(FEATURES).filter((name) =>
      readdirSync(join(FEATURES, name)).includes('routes.tsx'),
    );
    expect(declaring.length).toBeGreaterThanOrEqual(4);
    for (const name of declaring) {
      const module = (await import(`../../renderer/src/features/${name}/routes.tsx`)) as Record<
        string,
        RouteObject[]
      >;
      for (const routes of Object.values(module)) {
        for (const route of routes) expect(featureRoutes, name).toContain(route);
      }
    }
  });

  it('builds the menu from the routes in order, each label in both languages', () => {
    const menu = navEntries(featureRoutes);
    expect(menu.map((entry) => entry.key)).toEqual([
      'today',
      'clients',
      'tiers',
      'products',
      'suitability',
      'briefings',
      'market',
      'proposals',
      'pipeline',
      'reports',
      'escalations',
      'compliance',
      'regulatory',
      'settings',
    ]);
    for (const entry of menu) {
      expect(messages['zh-TW'][entry.labelKey], entry.labelKey).toBeTruthy();
      expect(messages.en[entry.labelKey], entry.labelKey).toBeTruthy();
    }
  });

  it('names the section of any address below it', () => {
    const section = (path: string) =>
      currentSection((matchRoutes(appRoutes, path) ?? []).map((m) => ({ handle: m.route.handle })));
    expect(section(`/clients/${CLIENT.id}/edit`)).toBe('clients');
    expect(section('/compliance')).toBe('compliance');
    expect(section('/nowhere')).toBeNull();
  });
});

describe('the hash router', () => {
  let view: ReturnType<typeof mount>;
  afterEach(() => view.unmount());

  it('opens a #/clients/<id> deep link on that dossier, with 客戶 highlighted in the menu', async () => {
    window.history.replaceState(null, '', `/index.html#/clients/${CLIENT.id}`);
    const core = appCore();
    view = mount(core.api);
    await view.render(<RouterProvider router={createHashRouter(appRoutes)} />);
    expect(view.byTestId('dossier-name')?.textContent).toBe(CLIENT.name);
    expect(core.calls).toContainEqual({ channel: 'clients.get', input: { id: CLIENT.id } });
    const selected = document.querySelector('.ant-menu-item-selected [data-testid^="nav-"]');
    expect(selected?.getAttribute('data-testid')).toBe('nav-clients');
    expect(view.byTestId('nav-settings')?.getAttribute('href')).toBe('#/settings');
  });

  it('sends an empty address to the 今日 page', async () => {
    window.history.replaceState(null, '', '/index.html');
    view = mount(appCore().api);
    await view.render(<RouterProvider router={createHashRouter(appRoutes)} />);
    expect(window.location.hash).toBe('#/today');
    expect(view.byTestId('home-page')).not.toBeNull();
  });
});
