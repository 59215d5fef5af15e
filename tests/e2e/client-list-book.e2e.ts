import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationalIdCheckDigit } from '../../shared/features/clients/national-id';
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
import { dropdownOption } from './select';

const PASSPHRASE = 'client list book end to end';
const TWD = (amount: number) => [{ currency: 'TWD' as const, amount }];
const nationalId = (firstNine: string) => `${firstNine}${nationalIdCheckDigit(firstNine)}`;

/**
 * The client list a book of clients needs, end to end: sorting by a header, the tier and overdue
 * filters (answered by the tiers feature), selecting every match, tagging them and logging a
 * mailing to them, the row keys, archiving, and merging a prospect entered without an ID. Axe scans of the list with its selection bar and of the
 * merge dialog.
 */
describe('the client list for a whole book', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  const rowNames = () => page.getByTestId('client-row').locator('.client-name a').allInnerTexts();
  async function pick(testId: string, option: string) {
    await page.getByTestId(testId).click();
    await dropdownOption(page, option).click();
  }

  it('sorts by the headers and filters by tier and by overdue service', async () => {
    await firstRunSetup(page, host.url, PASSPHRASE);
    ids.top = await createClient(host, {
      name: '王大明',
      nationalId: nationalId('A12345678'),
      investableAssets: TWD(50_000_000),
    });
    ids.vip = await createClient(host, {
      name: '李小華',
      nationalId: nationalId('B22345678'),
      investableAssets: TWD(15_000_000),
    });
    ids.general = await createClient(host, {
      name: '陳一般',
      nationalId: nationalId('C12345678'),
      investableAssets: TWD(1_000_000),
    });
    // The top client's last call was 100 days ago: the 30-day contact is due (from today, the tiering day).
    const longAgo = new Date(Date.parse(today('Asia/Taipei')) - 100 * 86_400_000).toISOString().slice(0, 10);
    const call = { kind: 'contact', date: longAgo, channel: 'phone', direction: 'out', subject: '季度問候' };
    expect(await callHost(host, 'activities.add', { clientId: ids.top, activity: call })).toMatchObject({
      ok: true,
    });
    expect(await callHost(host, 'tiers.recompute', {})).toMatchObject({ ok: true });

    await page.getByTestId('nav-clients').click();
    await expect.poll(() => page.getByTestId('client-total').innerText(), POLL).toContain('3');
    await page.getByTestId('sort-totalAssetsTwd').click();
    await expect.poll(rowNames, POLL).toEqual(['王大明', '李小華', '陳一般']);
    await page.getByTestId('sort-totalAssetsTwd').click();
    await expect.poll(rowNames, POLL).toEqual(['陳一般', '李小華', '王大明']);
    expect(await page.locator('[role="columnheader"][aria-sort="ascending"]').innerText()).toContain(
      '資產總額',
    );

    await pick('client-tier-filter', '貴賓');
    await expect.poll(rowNames, POLL).toEqual(['李小華']);
    expect(page.url()).toContain('tier=vip');
    // The filter survives a visit to the dossier and back.
    await page.getByTestId('client-row').first().click();
    await expect.poll(() => page.getByTestId('dossier-name').innerText(), POLL).toBe('李小華');
    await page.goBack();
    await expect.poll(rowNames, POLL).toEqual(['李小華']);

    await page.getByTestId('client-filters-clear').click();
    await pick('client-overdue-filter', '逾期：聯繫');
    await expect.poll(rowNames, POLL).toEqual(['王大明']);
    await page.getByTestId('client-filters-clear').click();
    await expect.poll(rowNames, POLL).toHaveLength(3);
  });

  it('selects every match and tags them all; the selection bar passes axe', async () => {
    await page.getByTestId('client-row-check').first().click();
    await expect.poll(() => page.getByTestId('selection-count').innerText(), POLL).toBe('1 位已選');
    await page.getByTestId('select-all-matching').click();
    await expect.poll(() => page.getByTestId('selection-count').innerText(), POLL).toBe('3 位已選');
    await expectAccessible(page, 'client list with the selection bar');

    await page.getByTestId('bulk-addTag').click();
    await page.getByTestId('bulk-change-value').locator('input').fill('年終回饋');
    await page.getByTestId('bulk-change-confirm').click();
    await expect.poll(() => page.locator('.ant-message').innerText(), POLL).toContain('已變更 3 位客戶');

    // 記錄寄送: one DM logged for each of the three, shown on a dossier's timeline.
    await page.getByTestId('bulk-mailing').click();
    await page.getByTestId('mailing-form').getByTestId('activity-subject').fill('年終回饋 DM');
    await page.getByTestId('mailing-save').click();
    await expect
      .poll(() => page.locator('.ant-message').innerText(), POLL)
      .toContain('已為 3 位客戶記錄寄送');
    const timeline = (await callHost(host, 'activities.timeline', { clientId: ids.vip })) as {
      value: { activities: { subject?: string; channel?: string }[] };
    };
    expect(timeline.value.activities).toContainEqual(
      expect.objectContaining({ subject: '年終回饋 DM', channel: 'dm' }),
    );

    await pick('client-tag-filter', '年終回饋（3）');
    await expect.poll(() => page.url(), POLL).toContain('tag=');
    await expect.poll(rowNames, POLL).toHaveLength(3);
    await page.keyboard.press('Escape');
    await page.getByTestId('client-filters-clear').click();
  });

  it('moves down the rows with the keyboard and opens the right dossier with Enter', async () => {
    // As the first test left it: by total assets, the smallest first.
    await expect.poll(rowNames, POLL).toEqual(['陳一般', '李小華', '王大明']);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'client-search',
    );
    await page.getByTestId('client-row').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('dossier-name').innerText(), POLL).toBe('王大明');
    await page.goBack();
  });

  async function openDossier(name: string) {
    await page.getByTestId('nav-clients').click();
    await page.getByTestId('client-search').fill(name);
    await expect.poll(rowNames, POLL).toEqual([name]);
    await page.getByTestId('client-row').first().click();
    await expect.poll(() => page.getByTestId('dossier-name').innerText(), POLL).toBe(name);
  }

  it('archives a client, out of the list and found again under 顯示封存', async () => {
    await openDossier('陳一般');
    await page.getByTestId('client-archive').click();
    await expect.poll(() => page.getByTestId('archived-badge').isVisible(), POLL).toBe(true);
    expect(await page.getByTestId('client-archive').innerText()).toContain('取消封存');

    await page.getByTestId('nav-clients').click();
    await page.getByTestId('client-search').fill('');
    await expect.poll(rowNames, POLL).toHaveLength(2);
    expect(await rowNames()).not.toContain('陳一般');
    await page.getByTestId('client-archived-filter').click();
    await expect.poll(rowNames, POLL).toEqual(['陳一般']);
    expect(await page.getByTestId('client-row').first().getByTestId('archived-badge').isVisible()).toBe(true);
    await page.getByTestId('client-archived-filter').click();
    await expect.poll(rowNames, POLL).toHaveLength(2);
  });

  it('merges a prospect entered without a national ID into the client; the dialog passes axe', async () => {
    await openDossier('王大明');
    ids.prospect = await createClient(host, { name: '王大明講座', nationalId: null, status: 'prospect' });
    const call = {
      kind: 'contact',
      date: today('Asia/Taipei'),
      channel: 'phone',
      direction: 'out',
      subject: '講座後致電',
    };
    expect(await callHost(host, 'activities.add', { clientId: ids.prospect, activity: call })).toMatchObject({
      ok: true,
    });

    await page.getByTestId('client-merge').click();
    await page.getByTestId('merge-duplicate').locator('.ant-select').click();
    await page.keyboard.type('講座');
    await dropdownOption(page, '王大明講座').click();
    await expect.poll(() => page.getByTestId('merge-keep').innerText(), POLL).toContain('王大明');
    expect(await page.getByTestId('merge-drop').innerText()).toContain('未提供');
    await expectAccessible(page, 'merge dialog');

    await page.getByTestId('merge-confirm').click();
    await expect.poll(() => page.locator('.ant-message').innerText(), POLL).toContain('已合併重複資料，移轉');
    await expect.poll(() => page.getByTestId('dossier-name').innerText(), POLL).toBe('王大明');
    const timeline = (await callHost(host, 'activities.timeline', { clientId: ids.top })) as {
      value: { activities: { subject?: string }[] };
    };
    expect(timeline.value.activities.map((a) => a.subject)).toContain('講座後致電');
    expect(await callHost(host, 'clients.get', { id: ids.prospect })).toMatchObject({ ok: false });
  });
});
