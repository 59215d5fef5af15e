// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ArchiveButton } from '../../renderer/src/features/clients/ArchiveButton';
import { MergeButton } from '../../renderer/src/features/clients/MergeButton';
import { appCore, click, CLIENT, mount, ok, settle, typeInto, type Handler } from './harness';

const PROSPECT = {
  ...CLIENT,
  id: '22222222-3333-4444-8555-666666666666',
  name: '陳美玲',
  nationalIdMasked: '',
  status: 'prospect',
  version: 4,
};

let view: ReturnType<typeof mount>;
afterEach(() => view.unmount());

async function show(element: React.ReactNode, overrides: Record<string, Handler>) {
  const core = appCore(overrides);
  view = mount(core.api);
  const router = createMemoryRouter([{ path: '/clients/:id', element }], {
    initialEntries: [`/clients/${CLIENT.id}`],
  });
  await view.render(<RouterProvider router={router} />);
  return { core, router };
}

describe('archiving a dossier', () => {
  it('archives with the version, and an archived client is restored the same way', async () => {
    const { core } = await show(<ArchiveButton client={CLIENT as never} />, {
      'clients.archive': (input: { archived: boolean }) =>
        ok({ ...CLIENT, archivedAt: input.archived ? '2026-12-01T00:00:00.000Z' : null }),
    });
    expect(view.byTestId('client-archive')!.textContent).toContain('封存');
    await click(view.byTestId('client-archive'));
    expect(core.calls.find((c) => c.channel === 'clients.archive')?.input).toEqual({
      id: CLIENT.id,
      archived: true,
      version: 1,
    });
    expect(view.text()).toContain('已封存此客戶');
    view.unmount();

    await show(<ArchiveButton client={{ ...CLIENT, archivedAt: '2026-12-01T00:00:00.000Z' } as never} />, {
      'clients.archive': () => ok({ ...CLIENT, archivedAt: null, version: 3 }),
    });
    expect(view.byTestId('client-archive')!.textContent).toContain('取消封存');
    await click(view.byTestId('client-archive'));
    expect(view.text()).toContain('已取消封存');
  });
});

describe('merging a duplicate dossier', () => {
  it('shows both (masked ID, which stays), merges with both versions, and opens the dossier kept', async () => {
    const { core, router } = await show(<MergeButton client={CLIENT as never} />, {
      'clients.list': () => ok({ total: 2, items: [CLIENT, PROSPECT] }),
      'clients.get': (input: { id: string }) => ok(input.id === PROSPECT.id ? PROSPECT : CLIENT),
      'clients.merge': () =>
        ok({
          client: PROSPECT,
          moved: [
            { feature: 'activities', rows: 3 },
            { feature: 'holdings', rows: 2 },
          ],
        }),
    });
    await click(view.byTestId('client-merge'));
    expect(view.byTestId('merge-confirm')!.hasAttribute('disabled')).toBe(true);

    await typeInto(view.byTestId('merge-duplicate')!, '陳');
    await act(async () => new Promise((resolve) => setTimeout(resolve, 250)));
    await settle();
    const options = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')];
    // The dossier itself is not offered as its own duplicate.
    expect(options.map((o) => o.textContent)).toEqual([PROSPECT.name]);
    await click(options[0]!);

    expect(view.byTestId('merge-keep')!.textContent).toContain('A22****543');
    expect(view.byTestId('merge-drop')!.textContent).toContain('未提供');
    await click(view.byTestId('merge-swap'));
    expect(view.byTestId('merge-keep')!.textContent).toContain('未提供');

    await click(view.byTestId('merge-confirm'));
    expect(core.calls.find((c) => c.channel === 'clients.merge')?.input).toEqual({
      keepId: PROSPECT.id,
      keepVersion: 4,
      mergeId: CLIENT.id,
      mergeVersion: 1,
    });
    expect(view.text()).toContain('已合併重複資料，移轉 5 筆紀錄');
    expect(router.state.location.pathname).toBe(`/clients/${PROSPECT.id}`);
  });

  it('says a refused merge (two national IDs) inside the dialog and stays', async () => {
    const { router } = await show(<MergeButton client={CLIENT as never} />, {
      'clients.list': () => ok({ total: 1, items: [{ ...PROSPECT, nationalIdMasked: 'B12****678' }] }),
      'clients.get': (input: { id: string }) =>
        ok(input.id === PROSPECT.id ? { ...PROSPECT, nationalIdMasked: 'B12****678' } : CLIENT),
      'clients.merge': () => ({ ok: false, error: { code: 'CONFLICT', message: 'two ids' } }),
    });
    await click(view.byTestId('client-merge'));
    await typeInto(view.byTestId('merge-duplicate')!, '陳');
    await act(async () => new Promise((resolve) => setTimeout(resolve, 250)));
    await settle();
    await click(document.querySelector<HTMLElement>('.ant-select-item-option'));
    await click(view.byTestId('merge-confirm'));
    expect(document.querySelector('.ant-modal .ant-alert-error')?.textContent).toMatch(/[\u4e00-\u9fff]/);
    expect(router.state.location.pathname).toBe(`/clients/${CLIENT.id}`);
  });
});
