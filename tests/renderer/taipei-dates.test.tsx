// @vitest-environment happy-dom
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsProvider } from '../../renderer/src/app/settings';
import { DossierDetails } from '../../renderer/src/features/clients/DossierDetails';
import { AuditLogTab } from '../../renderer/src/features/compliance/AuditLogTab';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/features/settings';
import { sampleClient } from '../core/documents/fixtures';
import { fakeApi, mount, ok } from './harness';

// 00:30 and 07:59 in Taipei on 30 November are still 29 November in UTC (the test process's zone).
const AFTER_MIDNIGHT = '2026-11-29T16:30:00.000Z';
const BEFORE_EIGHT = '2026-11-29T23:59:07.000Z';

describe('screens date a time by its calendar day in the user time zone', () => {
  let view: ReturnType<typeof mount> | null = null;
  let container: HTMLElement;
  afterEach(() => view?.unmount());

  async function show(settings: Settings, element: ReactNode) {
    const { api } = fakeApi({
      'settings.get': () => ok(settings),
      'audit.list': () =>
        ok({
          total: 1,
          items: [
            {
              id: 1,
              at: BEFORE_EIGHT,
              action: 'client.update',
              entity: 'client',
              entityId: 'x',
              detail: null,
              actorName: null,
              actorOsUser: null,
              clientName: null,
            },
          ],
        }),
    });
    window.localStorage.clear();
    view = mount(api);
    container = view.container;
    const page = <SettingsProvider>{element}</SettingsProvider>;
    await view.render(<RouterProvider router={createMemoryRouter([{ path: '/', element: page }])} />);
  }

  const client = sampleClient({ createdAt: BEFORE_EIGHT, updatedAt: AFTER_MIDNIGHT });

  it('dossier: 建立 and 更新 on 30 November, in ISO', async () => {
    await show(DEFAULT_SETTINGS, <DossierDetails client={client} />);
    expect(container.textContent).toContain('2026-11-30 00:30');
    expect(container.textContent).toContain('2026-11-30 07:59');
    expect(container.textContent).not.toContain('2026-11-29');
  });

  it('dossier: the long ROC form when the setting says ROC', async () => {
    await show({ ...DEFAULT_SETTINGS, dateFormat: 'roc' }, <DossierDetails client={client} />);
    expect(container.textContent).toContain('民國 115 年 11 月 30 日 00:30');
  });

  it('audit log: the compact ROC form with seconds', async () => {
    await show({ ...DEFAULT_SETTINGS, dateFormat: 'roc' }, <AuditLogTab />);
    expect(container.textContent).toContain('115/11/30 07:59:07');
  });

  it('audit log: another time zone moves the day with it', async () => {
    await show({ ...DEFAULT_SETTINGS, timeZone: 'UTC' }, <AuditLogTab />);
    expect(container.textContent).toContain('2026-11-29 23:59:07');
  });
});
