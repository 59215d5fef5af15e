// @vitest-environment happy-dom
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appRoutes } from '../../renderer/src/app/routes';
import { DEFAULT_SETTINGS } from '../../shared/features/settings';
import { appCore, click, mount, typeInto } from './harness';

let view: ReturnType<typeof mount>;
beforeEach(() => window.localStorage.clear());
afterEach(() => view.unmount());

async function openSettings() {
  const core = appCore();
  view = mount(core.api);
  await view.render(
    <RouterProvider router={createMemoryRouter(appRoutes, { initialEntries: ['/settings'] })} />,
  );
  return core;
}

describe('the 適合度規則 card on 設定', () => {
  it('saves the whole suitability section, and refuses a grade allowed less than the one below it', async () => {
    const core = await openSettings();
    expect(view.text()).toContain('適合度規則');
    expect(view.text()).toContain('C3 穩健型');

    await typeInto(view.byTestId('settings-suitability-five-3')!, '1');
    await click(view.byTestId('settings-suitability-save'));
    expect(core.channels()).not.toContain('settings.update');
    expect(view.text()).toContain('內容無效');

    await typeInto(view.byTestId('settings-suitability-five-3')!, '3');
    await typeInto(view.byTestId('settings-suitability-maxProductPercent')!, '40');
    await click(view.byTestId('settings-suitability-save'));
    const update = core.calls.find((c) => c.channel === 'settings.update')!.input;
    expect(update).toEqual({
      suitability: {
        ...DEFAULT_SETTINGS.suitability,
        concentration: { ...DEFAULT_SETTINGS.suitability.concentration, maxProductPercent: 40 },
      },
    });
  });
});
