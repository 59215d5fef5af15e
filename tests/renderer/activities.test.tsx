// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import dayjs from 'dayjs';
import { SettingsProvider } from '../../renderer/src/app/settings';
import { HomePage } from '../../renderer/src/features/activities/HomePage';
import { checkActivity, emptyActivityValues } from '../../renderer/src/features/activities/activityFormModel';
import { ClientRowKeys } from '../../renderer/src/features/clients/ClientRowKeys';
import { today } from '../../shared/kernel/dates';
import { DEFAULT_SETTINGS } from '../../shared/features/settings';
import { appCore, CLIENT, mount, ok, settle, typeInto } from './harness';

let view: ReturnType<typeof mount>;
afterEach(() => view.unmount());

async function show(core: ReturnType<typeof appCore>, element: React.ReactNode) {
  view = mount(core.api);
  await view.render(
    <RouterProvider
      router={createMemoryRouter([
        { path: '/', element: <SettingsProvider>{element}</SettingsProvider> },
        { path: '/clients/:id', element: <p data-testid="dossier-stub" /> },
        { path: '/tiers', element: <p data-testid="tiers-stub" /> },
      ])}
    />,
  );
}

async function press(target: Element, key: string) {
  await act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
  await settle();
}

/** A stand-in row of the client list: the row names its client, its link takes the focus. */
const row = (
  <ClientRowKeys>
    <div data-client-id={CLIENT.id} data-testid="client-row">
      <a href="#" data-testid="row-link">
        {CLIENT.name}
      </a>
    </div>
  </ClientRowKeys>
);

describe('quick entry from the client list', () => {
  it('opens a call on L from a focused row: phone preselected, and Enter in the subject saves it', async () => {
    const core = appCore({ 'activities.add': (input: object) => ok({ ...input, id: 'a1' }) });
    await show(core, row);
    expect(view.text()).toContain('按 L 記錄通話');
    const link = view.byTestId('row-link')!;
    await press(link, 'l');
    expect(view.byTestId('activity-form')).not.toBeNull();
    await settle();
    expect(document.querySelector('.ant-modal-title')?.textContent).toBe(`記錄聯繫：${CLIENT.name}`);
    expect(view.byTestId('activity-channel')?.textContent).toContain('電話');

    const subject = view.byTestId('activity-subject')!;
    await typeInto(subject, '確認下週拜訪時間');
    await press(subject, 'Enter');
    const add = core.calls.find((c) => c.channel === 'activities.add');
    expect(add?.input).toEqual({
      clientId: CLIENT.id,
      activity: {
        kind: 'contact',
        date: today(DEFAULT_SETTINGS.timeZone),
        time: null,
        channel: 'phone',
        direction: 'out',
        subject: '確認下週拜訪時間',
        materials: null,
        outcome: null,
      },
      followUps: [],
    });
  });

  it('keeps an empty subject on the form with the zh-TW message, asking nothing of the core', async () => {
    const core = appCore();
    await show(core, row);
    await press(view.byTestId('row-link')!, 'L');
    await press(view.byTestId('activity-subject')!, 'Enter');
    expect(view.text()).toContain('此欄位為必填');
    expect(core.channels()).not.toContain('activities.add');
  });

  it('ignores the letter outside a row and with a modifier', async () => {
    const core = appCore();
    await show(core, row);
    await act(async () => {
      view
        .byTestId('row-link')!
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'l', ctrlKey: true, bubbles: true }));
    });
    await press(view.byTestId('client-row-keys-hint')!, 'l');
    expect(view.byTestId('activity-form')).toBeNull();
  });
});

describe('the activity form rules', () => {
  const now = '2026-11-30';
  it('refuses a record dated after today and lets a plan lie ahead', () => {
    const values = { ...emptyActivityValues(now), date: dayjs('2026-12-01'), subject: '電話' };
    const record = checkActivity('contact', values, now);
    expect(record).toEqual({ ok: false, issues: [{ path: ['date'], message: 'validation.activityFuture' }] });
    const plan = checkActivity('visit_plan', { ...values, agenda: '年度檢視' }, now);
    expect(plan.ok).toBe(true);
  });

  it('names a follow-up row missing its title by its place in the list', () => {
    const values = {
      ...emptyActivityValues(now),
      discussed: '檢視',
      followUps: [{ title: '', dueOn: dayjs('2026-12-05') }],
    };
    expect(checkActivity('visit', values, now)).toEqual({
      ok: false,
      issues: [{ path: ['followUps', 0, 'title'], message: 'validation.required' }],
    });
  });
});

describe('the 今日 page', () => {
  it('draws the features’ cards, each item linking to its client', async () => {
    const core = appCore({
      'activities.home': () =>
        ok({
          today: '2026-11-30',
          weekEnd: '2026-12-06',
          visits: [
            {
              activityId: 'v1',
              clientId: CLIENT.id,
              clientName: CLIENT.name,
              date: '2026-11-30',
              time: '10:00',
              place: '分行',
            },
          ],
          followUps: [
            {
              id: 'f1',
              clientId: CLIENT.id,
              clientName: CLIENT.name,
              title: '補件',
              dueOn: '2026-11-25',
              late: true,
            },
          ],
          birthdays: [],
          followUpsTotal: 3,
        }),
      'tiers.overdue': () =>
        ok({
          asOf: '2026-11-30',
          recomputedAt: '2026-11-30T01:00:00.000Z',
          total: 7,
          byTier: [{ tierKey: 'top', count: 7 }],
          rows: [
            {
              clientId: CLIENT.id,
              clientName: CLIENT.name,
              tierKey: 'top',
              kind: 'review',
              last: null,
              dueOn: '2026-11-18',
              daysLate: 12,
            },
          ],
        }),
      'kyc.duePending': () =>
        ok({
          expiring: [],
          expired: [
            {
              clientId: CLIENT.id,
              clientName: CLIENT.name,
              grade: 'C3',
              takenOn: '2025-11-01',
              validUntil: '2026-11-01',
              state: 'expired',
              flags: [],
            },
          ],
          flagged: [],
        }),
    });
    await show(core, <HomePage />);
    expect(view.byTestId('home-visits')?.textContent).toContain(`今天10:00 ${CLIENT.name} · 分行`);
    expect(view.byTestId('home-follow-ups')?.textContent).toContain('已逾期');
    expect(view.byTestId('home-follow-ups')?.textContent).toContain('還有 2 項');
    expect(view.byTestId('home-birthdays')?.textContent).toContain('本週沒有客戶生日。');
    expect(view.byTestId('home-kyc')?.textContent).toContain('已過期');
    expect(view.byTestId('home-overdue-top')?.textContent).toBe(
      `頂級7 項${CLIENT.name} 投資組合檢視 逾期 12 天`,
    );
    const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-testid="home-client"]')];
    expect(links).toHaveLength(4);
    await act(async () => links[0]!.click());
    await settle();
    expect(view.byTestId('dossier-stub')).not.toBeNull();
  });

  it('says when the clients have not been tiered yet and links to 客戶分級, where they are recomputed', async () => {
    await show(appCore(), <HomePage />);
    const card = view.byTestId('home-overdue')!;
    expect(card.textContent).toContain('尚未計算客戶分級，計算後顯示逾期項目。');
    expect(card.textContent).not.toContain('tiers recompute');
    await act(async () => view.byTestId('home-recompute-tiers')!.click());
    await settle();
    expect(view.byTestId('tiers-stub')).not.toBeNull();
  });
});
