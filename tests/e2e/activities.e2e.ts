import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../../shared/kernel/dates';
import { expectAccessible } from './axe';
import {
  callHost,
  createClient,
  firstRunSetup,
  launchChromium,
  POLL,
  startHost,
  type RunningHost,
} from './browser-host';

const PASSPHRASE = 'activities end to end 2026';
const SUBJECT = '確認下週拜訪時間';

/**
 * Activities end to end: the 今日 page (the landing page) lists a visit, a follow-up and a
 * birthday, each opening the client; a call logged from the client list with the keyboard alone
 * (focus a row, L, type the subject, Enter) shows on the dossier's timeline. Axe scans of 今日,
 * the quick-entry dialog and the timeline.
 */
describe('activities: 今日, quick entry from the client list, the dossier timeline', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let clientId = '';
  const day = today('Asia/Taipei');

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('lands on 今日, which lists the visit, the follow-up and the birthday of today, each opening the client', async () => {
    await firstRunSetup(page, host.url, PASSPHRASE);
    await expect.poll(() => page.getByTestId('home-page').isVisible(), POLL).toBe(true);
    clientId = await createClient(host, {
      name: '許雅婷',
      nationalId: 'A123456789',
      birthDate: `1975-${day.slice(5)}`.replace('-02-29', '-02-28'),
    });
    const plan = {
      kind: 'visit_plan',
      date: day,
      time: '14:00',
      place: '信義分行',
      agenda: '年度投資組合檢視',
    };
    expect(await callHost(host, 'activities.add', { clientId, activity: plan })).toMatchObject({ ok: true });
    expect(
      await callHost(host, 'activities.addFollowUp', {
        clientId,
        followUp: { title: '寄送對帳單', dueOn: day },
      }),
    ).toMatchObject({ ok: true });
    // Made behind the page's back: reload so 今日 asks again.
    await page.reload();
    await expect.poll(() => page.getByTestId('home-visits').innerText(), POLL).toContain('許雅婷');
    expect(await page.getByTestId('home-visits').innerText()).toContain('14:00');
    await expect.poll(() => page.getByTestId('home-follow-ups').innerText(), POLL).toContain('寄送對帳單');
    expect(await page.getByTestId('home-birthdays').innerText()).toContain('許雅婷');
    expect(await page.getByTestId('home-kyc').innerText()).toContain('沒有即將到期或已過期');
    await expectAccessible(page, '今日 home page');

    await page.getByTestId('home-visits').getByTestId('home-client').click();
    await expect.poll(() => page.getByTestId('dossier-name').innerText(), POLL).toContain('許雅婷');
  });

  it('logs a call from the client list with the keyboard alone and shows it on the dossier timeline', async () => {
    await page.getByTestId('nav-clients').click();
    await expect.poll(() => page.getByTestId('client-row').count(), POLL).toBe(1);
    expect(await page.getByTestId('client-row-keys-hint').innerText()).toContain('按 L 記錄通話');
    await page.getByTestId('client-row').first().locator('a').focus();
    await page.keyboard.press('l');
    await expect.poll(() => page.getByTestId('activity-form').isVisible(), POLL).toBe(true);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), POLL)
      .toBe('activity-subject');
    expect(await page.locator('.ant-modal-title').innerText()).toBe('記錄聯繫：許雅婷');
    expect(await page.getByTestId('activity-channel').innerText()).toContain('電話');
    await expectAccessible(page, 'quick entry dialog');

    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.ant-form-item-explain-error').innerText(), POLL)
      .toContain('此欄位為必填');
    await page.keyboard.type(SUBJECT);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('activity-form').count(), POLL).toBe(0);

    await page.getByTestId('client-row').first().click();
    await expect.poll(() => page.getByTestId('activity-timeline').innerText(), POLL).toContain(SUBJECT);
    // Today's untimed call comes after today's 14:00 plan (a day's timed entries first).
    const call = page.locator('[data-testid="activity-item"][data-kind="contact"]');
    expect(await call.innerText()).toContain(`電話聯繫・主動聯繫客戶：${SUBJECT}`);
    await expectAccessible(page, 'dossier activity timeline');

    const audit = (await callHost(host, 'audit.list', {})) as {
      value: { items: { action: string; detail: string | null }[] };
    };
    const logged = audit.value.items.filter((x) => x.action === 'activity.add').map((x) => x.detail);
    expect(logged).toEqual(['kind contact', 'kind visit_plan']);
  });

  it('opens the same dialog with L on the dossier, and completes the plan into a visit record', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('l');
    await expect.poll(() => page.getByTestId('activity-form').isVisible(), POLL).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('activity-form').count(), POLL).toBe(0);

    await page.getByTestId('activity-complete').click();
    await expect.poll(() => page.getByTestId('activity-form').isVisible(), POLL).toBe(true);
    expect(await page.getByTestId('activity-discussed').inputValue()).toBe('年度投資組合檢視');
    await page.getByTestId('activity-save').click();
    await expect.poll(() => page.locator('[data-kind="visit"]').count(), POLL).toBe(1);
    await page.getByTestId('nav-today').click();
    await expect
      .poll(() => page.getByTestId('home-visits').innerText(), POLL)
      .toContain('本週沒有排定的拜訪');
  });
});
