// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { UnlockForm } from '../../renderer/src/features/vault/UnlockForm';
import { fakeApi, mount, ok, settle } from './harness';

/** The unlock form against a scripted core: which channels it calls and with what. */
function harness(device: { available: boolean; remembered: boolean }) {
  let remembered = device.remembered;
  return fakeApi({
    'vault.status': () =>
      ok({
        state: 'locked',
        retryAfter: null,
        autoLockMinutes: null,
        deviceUnlockAvailable: device.available,
        deviceRemembered: remembered,
      }),
    'vault.unlockWithDevice': () => ok({}),
    'vault.forgetDevice': () => {
      remembered = false;
      return ok({});
    },
  });
}

describe('unlock form and "remember on this computer"', () => {
  let view: ReturnType<typeof mount>;
  afterEach(() => view.unmount());

  async function show(core: ReturnType<typeof harness>) {
    view = mount(core.api);
    await view.render(<UnlockForm />);
  }

  it('offers neither remembering nor device unlock where there is no keychain (browser host)', async () => {
    await show(harness({ available: false, remembered: false }));
    expect(view.byTestId('unlock-passphrase')).not.toBeNull();
    expect(view.byTestId('unlock-remember')).toBeNull();
    expect(view.byTestId('unlock-with-device')).toBeNull();
  });

  it('offers to remember the key where a keychain exists', async () => {
    await show(harness({ available: true, remembered: false }));
    expect(view.byTestId('unlock-remember')).not.toBeNull();
    expect(view.byTestId('unlock-with-device')).toBeNull();
  });

  it('unlocks with the remembered key and asks for the vault state again; forgets it on request', async () => {
    const core = harness({ available: true, remembered: true });
    await show(core);
    expect(core.channels()).toEqual(['vault.status']);
    await act(async () => view.byTestId('unlock-with-device')!.click());
    await settle();
    // The state is asked again after the unlock: that is what opens the app.
    expect(core.channels()).toEqual(['vault.status', 'vault.unlockWithDevice', 'vault.status']);

    await act(async () => view.byTestId('forget-device')!.click());
    await settle();
    expect(core.channels()).toContain('vault.forgetDevice');
    expect(view.byTestId('unlock-with-device')).toBeNull();
    expect(view.byTestId('unlock-remember')).not.toBeNull();
  });
});
