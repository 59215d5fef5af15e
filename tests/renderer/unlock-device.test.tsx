// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiContext } from '../../renderer/src/app/api-context';
import { LanguageProvider } from '../../renderer/src/app/language';
import { UnlockForm } from '../../renderer/src/features/vault/UnlockForm';
import { createApi } from '../../renderer/src/lib/api';
import type { Result } from '../../shared/ipc/result';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The unlock form against a scripted core: which channels it calls and with what. */
function harness(device: { available: boolean; remembered: boolean }) {
  const calls: { channel: string; input: unknown }[] = [];
  const api = createApi(async (channel, input): Promise<Result<unknown>> => {
    calls.push({ channel, input });
    if (channel === 'vault.status') {
      return {
        ok: true,
        value: {
          state: 'locked',
          retryAfter: null,
          autoLockMinutes: null,
          deviceUnlockAvailable: device.available,
          deviceRemembered: device.remembered,
        },
      };
    }
    return { ok: true, value: {} };
  });
  return { api, calls };
}

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('unlock form and "remember on this computer"', () => {
  let container: HTMLDivElement;
  let root: Root;
  let unlocked: number;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    unlocked = 0;
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  async function show(api: ReturnType<typeof harness>['api']) {
    await act(async () => {
      root.render(
        <LanguageProvider>
          <ApiContext.Provider value={api}>
            <UnlockForm onUnlocked={() => (unlocked += 1)} />
          </ApiContext.Provider>
        </LanguageProvider>,
      );
    });
    await settle();
  }

  const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  it('offers neither remembering nor device unlock where there is no keychain (browser host)', async () => {
    const { api } = harness({ available: false, remembered: false });
    await show(api);
    expect(byTestId('unlock-passphrase')).not.toBeNull();
    expect(byTestId('unlock-remember')).toBeNull();
    expect(byTestId('unlock-with-device')).toBeNull();
  });

  it('offers to remember the key where a keychain exists', async () => {
    const { api } = harness({ available: true, remembered: false });
    await show(api);
    expect(byTestId('unlock-remember')).not.toBeNull();
    expect(byTestId('unlock-with-device')).toBeNull();
  });

  it('unlocks with the remembered key, and forgets it on request', async () => {
    const { api, calls } = harness({ available: true, remembered: true });
    await show(api);
    await act(async () => byTestId('unlock-with-device')!.click());
    await settle();
    expect(calls.map((c) => c.channel)).toContain('vault.unlockWithDevice');
    expect(unlocked).toBe(1);

    await act(async () => byTestId('forget-device')!.click());
    await settle();
    expect(calls.map((c) => c.channel)).toContain('vault.forgetDevice');
    expect(byTestId('unlock-with-device')).toBeNull();
    expect(byTestId('unlock-remember')).not.toBeNull();
  });
});
