// @vitest-environment happy-dom
import { createMemoryRouter, RouterProvider } from 'react-router';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGE_KEY } from '../../renderer/src/app/i18n';
import { appRoutes } from '../../renderer/src/app/routes';
import { STATUS_POLL_MS } from '../../renderer/src/app/VaultGate';
import type { Result } from '../../shared/ipc/result';
import { appCore, CLIENT, click, mount, settle, vaultStatus } from './harness';

/** Button labels, without the space antd puts between two CJK characters. */
const buttons = () =>
  [...document.querySelectorAll('button')].map((b) => (b.textContent ?? '').replace(/\s/g, ''));

const unauthorized = (): Result<never> => ({
  ok: false,
  error: { code: 'UNAUTHORIZED', message: 'missing or wrong token' },
});

describe('the vault gate', () => {
  let view: ReturnType<typeof mount>;
  async function open(at: string, core = appCore()) {
    view = mount(core.api);
    await view.render(<RouterProvider router={createMemoryRouter(appRoutes, { initialEntries: [at] })} />);
    return core;
  }
  beforeEach(() => window.localStorage.clear());
  afterEach(() => view.unmount());

  it('tells a tab without the launch token how to get a fresh link, and offers no retry', async () => {
    await open('/clients', appCore({ 'vault.status': unauthorized }));
    expect(view.byTestId('launch-link-help')).not.toBeNull();
    const text = view.text();
    expect(text).toContain('npm start');
    expect(text).toContain('npm run web');
    expect(text).toContain('#token=');
    expect(text).toContain('重新啟動 AdvisorDesk');
    expect(buttons()).not.toContain('重試');
    expect(text).not.toContain('未經授權的請求');
  });

  it('says the same in English', async () => {
    window.localStorage.setItem(LANGUAGE_KEY, 'en');
    await open('/clients', appCore({ 'vault.status': unauthorized }));
    const text = view.text();
    expect(text).toContain('Restart AdvisorDesk: run npm start or npm run web again');
    expect(text).toContain('#token=');
    expect(buttons()).not.toContain('Retry');
  });

  it('still offers a retry for an error a retry can mend', async () => {
    await open(
      '/clients',
      appCore({
        'vault.status': (): Result<never> => ({ ok: false, error: { code: 'INTERNAL', message: 'x' } }),
      }),
    );
    expect(view.byTestId('launch-link-help')).toBeNull();
    expect(buttons()).toContain('重試');
  });

  it('drops every cached client answer when the vault locks', async () => {
    await open(`/clients/${CLIENT.id}`);
    const cachedChannels = () =>
      view.queryClient
        .getQueryCache()
        .getAll()
        .map((query) => query.queryKey[0]);
    expect(cachedChannels()).toContain('clients.get');
    await click(view.byTestId('lock-button'));
    expect(view.byTestId('unlock-passphrase')).not.toBeNull();
    expect(cachedChannels()).toEqual(['vault.status']);
    expect(view.text()).not.toContain(CLIENT.name);
  });

  it('shows the unlock screen when the core locked itself: by the status poll', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      let state: 'locked' | 'unlocked' = 'unlocked';
      const status = () => vaultStatus(state);
      const core = await open('/clients', appCore({ 'vault.status': status }));
      expect(view.byTestId('new-client-button')).not.toBeNull();
      state = 'locked';
      await act(async () => {
        await vi.advanceTimersByTimeAsync(STATUS_POLL_MS);
      });
      await settle();
      expect(view.byTestId('unlock-passphrase')).not.toBeNull();
      expect(core.channels().filter((c) => c === 'vault.status').length).toBeGreaterThanOrEqual(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows the unlock screen when the core locked itself: by a LOCKED answer', async () => {
    let state: 'locked' | 'unlocked' = 'unlocked';
    const status = () => vaultStatus(state);
    const locked = (): Result<never> => {
      state = 'locked';
      return { ok: false, error: { code: 'LOCKED', message: 'locked' } };
    };
    await open(`/clients/${CLIENT.id}`, appCore({ 'vault.status': status, 'clients.get': locked }));
    expect(view.byTestId('unlock-passphrase')).not.toBeNull();
  });
});
