// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { SettingsProvider } from '../../renderer/src/app/settings';
import { ClientListPage } from '../../renderer/src/features/clients/ClientListPage';
import {
  listFilterOf,
  listParamsOf,
  parseListParams,
  sortAfterClick,
} from '../../renderer/src/features/clients/listParams';
import { today } from '../../shared/kernel/dates';
import { DEFAULT_SETTINGS } from '../../shared/features/settings';
import { appCore, click, CLIENT, mount, ok, settle, typeInto, type Handler } from './harness';

const TOTAL = 30;
const clients = Array.from({ length: TOTAL }, (_, i) => ({
  id: `0f8e3c1a-1111-4222-8333-${String(i).padStart(12, '0')}`,
  name: `客戶${String(i).padStart(2, '0')}`,
  nationalIdMasked: CLIENT.nationalIdMasked,
  phone: null,
  status: 'active',
  advisor: null,
  tags: [],
  totalAssetsTwd: { twd: 1_000_000 * i, missing: [] },
  isDemo: false,
  updatedAt: CLIENT.updatedAt,
}));
const lastInput = (core: ReturnType<typeof appCore>, channel: string) =>
  core.calls.filter((c) => c.channel === channel).at(-1)?.input as Record<string, unknown> | undefined;

// The virtual table measures its scroll box: happy-dom has no layout, so it is given one.
beforeAll(() => {
  for (const [prop, size] of [
    ['clientHeight', 600],
    ['clientWidth', 1000],
  ] as const) {
    const own = Object.getOwnPropertyDescriptor(HTMLElement.prototype, prop)!;
    Object.defineProperty(HTMLElement.prototype, prop, {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('client-table-body') ? size : (own.get!.call(this) as number);
      },
    });
  }
});

let current: ReturnType<typeof mount> | undefined;
afterEach(() => current?.unmount());

async function showList(search = '', overrides: Record<string, Handler> = {}) {
  const core = appCore({
    'clients.list': (input: { offset: number; limit: number }) =>
      ok({ total: TOTAL, items: clients.slice(input.offset, input.offset + input.limit) }),
    'clients.listOptions': () =>
      ok({ advisors: [{ advisor: '王經理', count: 12 }], tags: [{ tag: 'VIP', count: 3 }] }),
    ...overrides,
  });
  const mounted = mount(core.api);
  current = mounted;
  const router = createMemoryRouter(
    [
      {
        path: '/clients',
        element: (
          <SettingsProvider>
            <ClientListPage />
          </SettingsProvider>
        ),
      },
      { path: '/clients/:id', element: <p data-testid="dossier-stub" /> },
    ],
    { initialEntries: [`/clients${search}`] },
  );
  await mounted.render(<RouterProvider router={router} />);
  await settle();
  return { core, router, view: mounted };
}

async function press(target: Element, key: string) {
  await act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
  await settle();
}

const rows = () => [...document.querySelectorAll<HTMLElement>('[data-testid="client-row"]')];

describe('the list view in the address', () => {
  it('reads and writes every filter, leaving defaults out', () => {
    const params = new URLSearchParams(
      'q=陳&status=active&tag=VIP&tag=退休&advisor=&archived=1&tier=top&sort=name&dir=desc&x=1',
    );
    const listView = parseListParams(params, ['tier', 'kyc']);
    expect(listView).toEqual({
      text: '陳',
      status: 'active',
      tags: ['VIP', '退休'],
      advisor: '',
      archived: true,
      facets: { tier: 'top' },
      sort: 'name',
      direction: 'desc',
    });
    expect(listParamsOf(listView).toString()).toBe(
      new URLSearchParams(
        'q=陳&status=active&tag=VIP&tag=退休&advisor=&archived=1&tier=top&sort=name&dir=desc',
      ).toString(),
    );
    expect(listFilterOf(listView)).toEqual({
      text: '陳',
      status: 'active',
      tags: ['VIP', '退休'],
      advisor: '',
      archived: true,
      facets: { tier: 'top' },
    });
    const plain = parseListParams(new URLSearchParams('status=nonsense&sort=nonsense'), []);
    expect(listParamsOf(plain).toString()).toBe('');
    expect(listFilterOf(plain)).toEqual({});
  });

  it('sorts by a header in its own first direction, and reverses on a second click', () => {
    expect(sortAfterClick({ sort: 'updatedAt', direction: 'desc' }, 'name')).toEqual({
      sort: 'name',
      direction: 'asc',
    });
    expect(sortAfterClick({ sort: 'name', direction: 'asc' }, 'name')).toEqual({
      sort: 'name',
      direction: 'desc',
    });
    expect(sortAfterClick({ sort: 'name', direction: 'asc' }, 'totalAssetsTwd')).toEqual({
      sort: 'totalAssetsTwd',
      direction: 'desc',
    });
  });
});

describe('the client list screen', () => {
  it('sorts by clicking column headers, told by aria-sort, and keeps it in the address', async () => {
    const { core, router, view } = await showList();
    expect(lastInput(core, 'clients.list')).toMatchObject({ sort: 'updatedAt' });
    await click(view.byTestId('sort-name'));
    expect(lastInput(core, 'clients.list')).toMatchObject({ sort: 'name', direction: 'asc' });
    expect(view.byTestId('sort-name')!.closest('[role="columnheader"]')?.getAttribute('aria-sort')).toBe(
      'ascending',
    );
    await click(view.byTestId('sort-name'));
    expect(lastInput(core, 'clients.list')).toMatchObject({ sort: 'name', direction: 'desc' });
    expect(view.byTestId('sort-name')!.closest('[role="columnheader"]')?.getAttribute('aria-sort')).toBe(
      'descending',
    );
    expect(router.state.location.search).toBe('?sort=name&dir=desc');
    await click(view.byTestId('sort-totalAssetsTwd'));
    expect(lastInput(core, 'clients.list')).toMatchObject({ sort: 'totalAssetsTwd', direction: 'desc' });
    expect(view.byTestId('sort-name')!.closest('[role="columnheader"]')?.getAttribute('aria-sort')).toBe(
      'none',
    );
    expect(view.byTestId('client-sort')).toBeNull();
  });

  it('sends the filters of the address to the core, facets included, and 清除篩選 keeps only the sort', async () => {
    const { core, router, view } = await showList(
      '?status=active&tag=VIP&advisor=&archived=1&tier=top&overdue=kyc&kyc=expired&sort=name',
    );
    const input = lastInput(core, 'clients.list');
    expect(input).toEqual({
      status: 'active',
      tags: ['VIP'],
      advisor: '',
      archived: true,
      facets: { tier: 'top', overdue: 'kyc', kyc: 'expired' },
      sort: 'name',
      direction: 'asc',
      offset: 0,
      limit: 100,
    });
    expect(view.byTestId('client-advisor-filter')!.textContent).toContain('未指派');
    expect(view.byTestId('client-overdue-filter')!.textContent).toContain('逾期：KYC 重新評估');
    expect(view.byTestId('client-kyc-filter')!.textContent).toContain('已過期');
    expect(view.byTestId('client-archived-filter')!.getAttribute('aria-checked')).toBe('true');

    await click(view.byTestId('client-filters-clear'));
    expect(router.state.location.search).toBe('?sort=name');
    expect(lastInput(core, 'clients.list')).toEqual({
      sort: 'name',
      direction: 'asc',
      offset: 0,
      limit: 100,
    });
  });

  it('ticks rows, selects every match through clients.ids, and adds a tag to all of them', async () => {
    const allIds = clients.map((c) => c.id);
    const { core, view } = await showList('?status=active', {
      'clients.ids': () => ok({ ids: allIds, total: TOTAL }),
      'clients.bulkUpdate': (input: { ids: string[] }) => ok({ changed: input.ids.length - 2, unchanged: 2 }),
    });
    expect(view.byTestId('selection-bar')).toBeNull();
    await click(rows()[1]!.querySelector<HTMLElement>('input[type="checkbox"]'));
    expect(view.byTestId('selection-count')!.textContent).toBe('1 位已選');
    expect(view.byTestId('dossier-stub')).toBeNull();

    await click(view.byTestId('select-all-matching'));
    expect(lastInput(core, 'clients.ids')).toEqual({ status: 'active' });
    expect(view.byTestId('selection-count')!.textContent).toBe(`${TOTAL} 位已選`);

    await click(view.byTestId('bulk-addTag'));
    expect(view.byTestId('bulk-change-confirm')!.hasAttribute('disabled')).toBe(true);
    await typeInto(view.byTestId('bulk-change-value')!, '年終回饋');
    await settle();
    await click(view.byTestId('bulk-change-confirm'));
    const update = lastInput(core, 'clients.bulkUpdate') as { ids: string[]; change: unknown };
    expect(update.change).toEqual({ kind: 'addTag', tag: '年終回饋' });
    expect([...update.ids].sort()).toEqual(allIds);
    expect(view.text()).toContain(`已變更 ${TOTAL - 2} 位客戶（2 位原本即相同）`);
  });

  it('says a refused bulk change in zh-TW inside the dialog, and a blank advisor takes the advisor away', async () => {
    let refuse = true;
    const { core, view } = await showList('', {
      'clients.bulkUpdate': () =>
        refuse ? { ok: false, error: { code: 'CONFLICT', message: 'x' } } : ok({ changed: 1, unchanged: 0 }),
    });
    await click(rows()[0]!.querySelector<HTMLElement>('input[type="checkbox"]'));
    await click(view.byTestId('bulk-assignAdvisor'));
    await click(view.byTestId('bulk-change-confirm'));
    expect(lastInput(core, 'clients.bulkUpdate')).toEqual({
      ids: [clients[0]!.id],
      change: { kind: 'assignAdvisor', advisor: null },
    });
    expect(document.querySelector('.ant-modal .ant-alert-error')?.textContent).toMatch(/[\u4e00-\u9fff]/);
    refuse = false;
    await click(view.byTestId('bulk-change-confirm'));
    expect(document.querySelector('.ant-modal .ant-alert-error')).toBeNull();
  });

  it('logs a mailing for every selected client through activities.addMany', async () => {
    const { core, view } = await showList('', {
      'activities.addMany': (input: { clientIds: string[] }) => ok({ added: input.clientIds.length }),
    });
    await click(view.byTestId('client-select-loaded'));
    // The header checkbox ticks the rows loaded: here the one page holds all of them.
    expect(view.byTestId('selection-count')!.textContent).toBe(`${TOTAL} 位已選`);
    await click(view.byTestId('bulk-mailing'));
    await click(view.byTestId('mailing-save'));
    expect(view.text()).toContain('此欄位為必填');
    expect(core.channels()).not.toContain('activities.addMany');
    await typeInto(view.byTestId('activity-subject')!, '年終 DM');
    await click(view.byTestId('mailing-save'));
    expect(lastInput(core, 'activities.addMany')).toEqual({
      clientIds: clients.map((c) => c.id),
      activity: {
        kind: 'contact',
        date: today(DEFAULT_SETTINGS.timeZone),
        time: null,
        channel: 'dm',
        direction: 'out',
        subject: '年終 DM',
        materials: null,
        outcome: null,
      },
    });
    expect(view.text()).toContain(`已為 ${TOTAL} 位客戶記錄寄送`);
  });

  it('moves between rows with ↑ ↓, ticks with Space, clears with Esc, opens with Enter, and / goes to the search box', async () => {
    const { router, view } = await showList();
    const first = rows()[0]!;
    expect(first.tabIndex).toBe(0);
    expect(rows()[1]!.tabIndex).toBe(-1);
    act(() => first.focus());
    await press(first, 'ArrowDown');
    await press(document.activeElement!, 'ArrowDown');
    expect((document.activeElement as HTMLElement).dataset.clientId).toBe(clients[2]!.id);
    expect(rows()[2]!.tabIndex).toBe(0);
    await press(document.activeElement!, 'ArrowUp');
    expect((document.activeElement as HTMLElement).dataset.clientId).toBe(clients[1]!.id);

    await press(document.activeElement!, ' ');
    expect(view.byTestId('selection-count')!.textContent).toBe('1 位已選');
    await press(document.activeElement!, 'Escape');
    expect(view.byTestId('selection-bar')).toBeNull();

    await press(document.activeElement!, '/');
    expect(document.activeElement).toBe(view.byTestId('client-search'));
    await press(document.activeElement!, '/');
    expect(document.activeElement).toBe(view.byTestId('client-search'));

    act(() => rows()[1]!.focus());
    await press(rows()[1]!, 'Enter');
    expect(router.state.location.pathname).toBe(`/clients/${clients[1]!.id}`);
  });
});
