// @vitest-environment happy-dom
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsProvider } from '../../renderer/src/app/settings';
import { AuditLogTab } from '../../renderer/src/features/compliance/AuditLogTab';
import { DEFAULT_SETTINGS } from '../../shared/features/settings';
import { fakeApi, mount, ok } from './harness';

const entry = (id: number, action: string, detail: string) => ({
  id,
  at: '2026-11-30T01:00:00.000Z',
  action,
  entity: 'client',
  entityId: null,
  detail,
  actorName: null,
  actorOsUser: null,
  clientName: null,
});

describe('the 合規 audit trail', () => {
  let view: ReturnType<typeof mount> | null = null;
  afterEach(() => view?.unmount());

  it("shows each entry's detail in the words its channel declares, older phrases too", async () => {
    const { api } = fakeApi({
      'settings.get': () => ok(DEFAULT_SETTINGS),
      'audit.list': () =>
        ok({
          total: 3,
          items: [
            entry(1, 'suitability.override_approve', 'finding grade_exceeded'),
            entry(2, 'kyc.confirm', 'method seal'),
            entry(3, 'client.print', 'dossier pdf'),
          ],
        }),
    });
    window.localStorage.clear();
    view = mount(api);
    const page = (
      <SettingsProvider>
        <AuditLogTab />
      </SettingsProvider>
    );
    await view.render(<RouterProvider router={createMemoryRouter([{ path: '/', element: page }])} />);
    const text = view.container.textContent ?? '';
    expect(text).toContain('商品風險高於客戶等級');
    expect(text).toContain('蓋章');
    expect(text).toContain('客戶資料卡');
    expect(text).not.toMatch(/grade_exceeded|method seal|dossier pdf/);
  });
});
