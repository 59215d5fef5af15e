import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ApiContext } from '../../renderer/src/app/api-context';
import { LanguageProvider } from '../../renderer/src/app/language';
import { SettingsProvider } from '../../renderer/src/app/settings';
import { ClientForm } from '../../renderer/src/features/clients/ClientForm';
import type { ClientFormValues, ParsedClient } from '../../renderer/src/features/clients/clientFormModel';
import { ApiError, createApi, type ApiClient } from '../../renderer/src/lib/api';
import { createQueryClient } from '../../renderer/src/lib/queries';
import { DEFAULT_SETTINGS } from '../../shared/features/settings';
import type { Result } from '../../shared/ipc/result';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export type Handler = (input: never) => Result<unknown> | Promise<Result<unknown>>;

/**
 * A scripted core: each channel answers from a handler (unknown channels answer UNKNOWN_CHANNEL),
 * and every call is recorded with its input.
 */
export function fakeApi(handlers: Record<string, Handler>) {
  const calls: { channel: string; input: unknown }[] = [];
  const api = createApi(async (channel, input) => {
    calls.push({ channel, input });
    const handler = handlers[channel];
    if (!handler) return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: channel } };
    return handler(input as never);
  });
  const channels = () => calls.map((call) => call.channel);
  return { api, calls, channels };
}

export const ok = <T,>(value: T): Result<T> => ({ ok: true, value });

/** Lets pending promises, timers of 0 ms and React's updates run. */
export async function settle(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

/** Mounts UI inside the app's providers (api, query cache, language, antd) in a fresh container. */
export function mount(api: ApiClient, queryClient: QueryClient = createQueryClient()) {
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  return {
    container,
    queryClient,
    async render(ui: ReactNode) {
      await act(async () => {
        root.render(
          <ApiContext.Provider value={api}>
            <QueryClientProvider client={queryClient}>
              <LanguageProvider>
                <AntApp>{ui}</AntApp>
              </LanguageProvider>
            </QueryClientProvider>
          </ApiContext.Provider>,
        );
      });
      await settle();
    },
    byTestId: (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`),
    text: () => document.body.textContent ?? '',
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}

export const CLIENT = {
  id: '0f8e3c1a-1111-4222-8333-444455556666',
  name: '陳美玲',
  nationalIdMasked: 'A22****543',
  birthDate: '1968-04-12',
  gender: 'F',
  phone: '0912-345-678',
  email: null,
  address: null,
  occupation: null,
  employer: null,
  annualIncomeTwd: null,
  investableAssets: [],
  sourceOfWealth: null,
  acquisitionSource: 'referral',
  status: 'active',
  advisor: null,
  tags: [],
  notes: null,
  household: [],
  isDemo: false,
  version: 1,
  createdAt: '2026-11-30T01:00:00.000Z',
  updatedAt: '2026-11-30T01:00:00.000Z',
};

/** The answer of vault.status in the browser host (no keychain). */
export const vaultStatus = (state: 'locked' | 'unlocked') =>
  ok({ state, retryAfter: null, autoLockMinutes: 10, deviceUnlockAvailable: false, deviceRemembered: false });

/** A core behind an unlocked vault with one client, enough to render every screen. */
export function appCore(overrides: Record<string, Handler> = {}) {
  let state: 'locked' | 'unlocked' = 'unlocked';
  return fakeApi({
    'vault.status': () => vaultStatus(state),
    'vault.lock': () => {
      state = 'locked';
      return ok({});
    },
    'vault.touch': () => ok({}),
    'settings.get': () => ok(DEFAULT_SETTINGS),
    'settings.update': (patch: object) => ok({ ...DEFAULT_SETTINGS, ...patch }),
    'clients.list': () => ok({ total: 1, items: [CLIENT] }),
    'clients.get': (input: { id: string }) =>
      input.id === CLIENT.id ? ok(CLIENT) : { ok: false, error: { code: 'NOT_FOUND', message: 'x' } },
    'clients.create': () => ok({ ...CLIENT, id: '11111111-2222-4333-8444-555555555555', name: '林小華' }),
    'audit.list': () => ok({ total: 0, items: [] }),
    'activities.timeline': () => ok({ activities: [], followUps: [] }),
    'activities.home': () =>
      ok({
        today: '2026-11-30',
        weekEnd: '2026-12-06',
        visits: [],
        followUps: [],
        birthdays: [],
        followUpsTotal: 0,
      }),
    'kyc.duePending': () => ok({ expiring: [], expired: [], flagged: [] }),
    'tiers.overdue': () => ok({ asOf: '2026-11-30', recomputedAt: null, total: 0, byTier: [], rows: [] }),
    ...overrides,
  });
}

/** Types into an input the way a user does, so React and antd hear the change. */
export async function typeInto(element: HTMLElement, value: string): Promise<void> {
  const input = element instanceof HTMLInputElement ? element : element.querySelector('input')!;
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function click(element: HTMLElement | null): Promise<void> {
  if (!element) throw new Error('nothing to click');
  await act(async () => element.click());
  await settle();
}

/**
 * A client form as the app shows it: inside a data router (the leave guard blocks navigation
 * through it) and the settings provider, over a core that answers settings and empty lists.
 * `save` records what the form would store and refuses, so nothing is kept.
 */
export async function mountClientForm(initialValues: ClientFormValues) {
  const saved: Extract<ParsedClient, { ok: true }>[] = [];
  const { api } = fakeApi({
    'settings.get': () => ok(DEFAULT_SETTINGS),
    'clients.list': () => ok({ total: 0, items: [] }),
  });
  const view = mount(api);
  const form = (
    <SettingsProvider>
      <ClientForm
        mode="create"
        initialValues={initialValues}
        saving={false}
        saveError={null}
        save={async (parsed) => {
          saved.push(parsed);
          throw new ApiError({ code: 'INTERNAL', message: 'not stored in this test' });
        }}
        onSaved={() => undefined}
        onCancel={() => undefined}
      />
    </SettingsProvider>
  );
  await view.render(<RouterProvider router={createMemoryRouter([{ path: '/', element: form }])} />);
  return { ...view, saved };
}
