// @vitest-environment happy-dom
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LANGUAGE_KEY } from '../../renderer/src/app/i18n';
import { appRoutes } from '../../renderer/src/app/routes';
import { appCore, CLIENT, click, mount, ok, typeInto } from './harness';

/** Whether the browser would ask before closing or reloading the tab now. */
function beforeUnloadAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('leaving a form with unsaved typing', () => {
  let view: ReturnType<typeof mount>;
  let router: ReturnType<typeof createMemoryRouter>;
  const path = () => router.state.location.pathname;

  async function open(at: string, core = appCore()) {
    router = createMemoryRouter(appRoutes, { initialEntries: [at] });
    view = mount(core.api);
    await view.render(<RouterProvider router={router} />);
  }

  beforeEach(() => window.localStorage.clear());
  afterEach(() => view.unmount());

  it('asks before leaving a half-filled new client, and keeps the typing when the user stays', async () => {
    await open('/clients/new');
    expect(beforeUnloadAsks()).toBe(false);
    await click(view.byTestId('nav-settings'));
    expect(path()).toBe('/settings');

    await click(view.byTestId('nav-clients'));
    await click(view.byTestId('new-client-button'));
    await typeInto(view.byTestId('field-name')!, '林小華');
    expect(beforeUnloadAsks()).toBe(true);

    await click(view.byTestId('nav-settings'));
    expect(path()).toBe('/clients/new');
    expect(view.text()).toContain('尚未儲存，確定要離開嗎？');
    expect(view.text()).toContain('您在此頁輸入的內容尚未儲存，離開後將會遺失。');
    await click(view.byTestId('leave-stay'));
    expect(path()).toBe('/clients/new');
    expect((view.byTestId('field-name') as HTMLInputElement).value).toBe('林小華');

    await click(view.byTestId('nav-settings'));
    await click(view.byTestId('leave-confirm'));
    expect(path()).toBe('/settings');
    expect(beforeUnloadAsks()).toBe(false);
  });

  it('does not ask once the client is saved', async () => {
    await open('/clients/new', appCore({ 'clients.create': () => ok(CLIENT) }));
    await typeInto(view.byTestId('field-name')!, CLIENT.name);
    await typeInto(view.byTestId('field-nationalId')!, 'A123456789');
    await click(view.byTestId('save-client'));
    expect(path()).toBe(`/clients/${CLIENT.id}`);
    expect(view.byTestId('leave-confirm')).toBeNull();
    expect(beforeUnloadAsks()).toBe(false);
  });

  it('asks before leaving an edited client', async () => {
    await open(`/clients/${CLIENT.id}/edit`);
    await typeInto(view.byTestId('field-phone')!, '0955-000-111');
    await click(view.byTestId('cancel-client'));
    expect(path()).toBe(`/clients/${CLIENT.id}/edit`);
    await click(view.byTestId('leave-confirm'));
    expect(path()).toBe(`/clients/${CLIENT.id}`);
  });

  it('asks before leaving a settings form, in English when the app is in English', async () => {
    window.localStorage.setItem(LANGUAGE_KEY, 'en');
    await open('/settings');
    await typeInto(view.byTestId('settings-firmName')!, 'Harbour Wealth');
    expect(beforeUnloadAsks()).toBe(true);
    await click(view.byTestId('nav-clients'));
    expect(path()).toBe('/settings');
    expect(view.text()).toContain('Leave without saving?');
    expect(view.byTestId('leave-confirm')?.textContent).toBe('Leave without saving');

    await click(view.byTestId('leave-stay'));
    await click(view.byTestId('settings-branding-save'));
    expect(beforeUnloadAsks()).toBe(false);
    await click(view.byTestId('nav-clients'));
    expect(path()).toBe('/clients');
  });

  it('objects to closing the Electron window too (main then asks with a dialog)', async () => {
    window.advisorDesk = { invoke: async () => ({ ok: true, value: {} }) };
    try {
      await open('/clients/new');
      await typeInto(view.byTestId('field-name')!, '林小華');
      expect(beforeUnloadAsks()).toBe(true);
      await click(view.byTestId('nav-settings'));
      expect(view.byTestId('leave-stay')).not.toBeNull();
    } finally {
      delete window.advisorDesk;
    }
  });
});
