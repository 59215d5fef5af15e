import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { DROPDOWN_OPTION } from './select';

const PASSPHRASE = 'client tiers passphrase 7';

/**
 * Tiers and service plans: recompute on 客戶分級 and see the overdue list on a later day; the tier
 * card on the dossier (a manual tier refused without a reason, in zh-TW); the household card with
 * the members' activities; the
 * tiers and plans on 設定. axe-core on the page, the dossier cards and the settings section.
 */
describe('client tiers, end to end in Chromium through the browser host', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  const body = () => page.locator('body').innerText();

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('recomputes the tiers and lists who is due on a later day, opening the dossier', async () => {
    await firstRunSetup(page, host.url, PASSPHRASE);
    const wife = await createClient(host, {
      name: '王太太',
      nationalId: 'B223456782',
      investableAssets: [{ currency: 'USD', amount: 500_000 }],
    });
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Taipei' });
    const call = {
      kind: 'contact',
      date: today,
      time: '10:00',
      channel: 'phone',
      direction: 'out',
      subject: '年度檢視約訪',
    };
    expect(await callHost(host, 'activities.add', { clientId: wife, activity: call })).toMatchObject({
      ok: true,
    });
    await createClient(host, {
      name: '王先生',
      nationalId: 'A123456789',
      gender: 'M',
      investableAssets: [{ currency: 'TWD', amount: 20_000_000 }],
      household: [{ clientId: wife, relation: 'spouse' }],
    });
    await page.getByTestId('nav-tiers').click();
    await expect
      .poll(() => page.getByTestId('tiers-recomputed-at').innerText(), POLL)
      .toContain('尚未計算分級');
    await page.getByTestId('tiers-recompute').click();
    await expect.poll(body, POLL).toContain('已重新計算 2 位客戶');
    await expect.poll(() => page.getByTestId('tiers-recomputed-at').innerText(), POLL).toContain('上次計算');
    // Today nothing is due yet: every plan counts from the day the client was tiered.
    await expect.poll(() => page.getByTestId('tiers-overdue').innerText(), POLL).toContain('沒有到期或逾期');
    await expectAccessible(page, 'tiers page, empty');

    const asOf = page.getByTestId('tiers-as-of');
    await asOf.click();
    await asOf.fill('2099-01-01');
    await asOf.press('Enter');
    await expect.poll(() => page.getByTestId('tiers-overdue').innerText(), POLL).toContain('王先生');
    const table = await page.getByTestId('tiers-overdue').innerText();
    expect(table).toContain('貴賓');
    expect(table).toContain('聯繫');
    expect(table).toContain('投資組合檢視');
    await expectAccessible(page, 'tiers page with the overdue list');
    await page.getByTestId('tiers-overdue').getByRole('link', { name: '王先生' }).first().click();
    await expect.poll(() => page.getByTestId('tier-current').innerText(), POLL).toBe('貴賓');
  });

  it('shows the household at the stated rates with its tier by the combined assets', async () => {
    const card = page.getByTestId('household-panel');
    await expect.poll(() => card.innerText(), POLL).toContain('王太太');
    // 20,000,000 + 500,000 × 30.6 = 35,300,000: 頂級 together, though he alone is 貴賓.
    expect(await page.getByTestId('household-tier').innerText()).toBe('頂級');
    expect(await card.innerText()).toContain('配偶');
    expect(await card.innerText()).toContain('USD 30.6');
    // The members' activities together: the call logged for his wife.
    await expect
      .poll(() => page.getByTestId('household-activities').innerText(), POLL)
      .toContain('年度檢視約訪');
    await expectAccessible(page, 'dossier with the tier and household cards');
  });

  it('refuses a manual tier without a reason in zh-TW, then sets it and records the change', async () => {
    await page.getByTestId('tier-override-open').click();
    const form = page.getByTestId('tier-override-form');
    await page.getByTestId('tier-override-select').click();
    await page.locator(DROPDOWN_OPTION).getByText('頂級', { exact: true }).click();
    await page.getByTestId('tier-override-save').click();
    await expect.poll(() => form.innerText(), POLL).toContain('人工指定分級須填寫理由');
    await expectAccessible(page, 'manual tier form with its error');
    await page.getByTestId('tier-override-reason').fill('家族資產合併服務');
    await page.getByTestId('tier-override-save').click();
    await expect.poll(() => page.getByTestId('tier-current').innerText(), POLL).toBe('頂級');
    expect(await page.getByTestId('tier-history').innerText()).toContain('人工指定');
    const audit = (await callHost(host, 'audit.list', { filter: {} })) as {
      value: { items: { action: string; detail: string | null }[] };
    };
    expect(audit.value.items.filter((e) => e.action === 'client.tier_override')).toEqual([
      expect.objectContaining({ detail: null }),
    ]);
  });

  it('edits the service plans on 設定, refusing a cycle out of range', async () => {
    await page.getByTestId('nav-settings').click();
    const contact = page.getByTestId('tier-setting-0-contact');
    await expect.poll(() => contact.inputValue(), POLL).toBe('30');
    await expectAccessible(page, 'settings with the tiers and service plans');
    await contact.fill('0');
    await page.getByTestId('tier-settings-save').click();
    await expect
      .poll(() => page.getByTestId('tier-settings').innerText(), POLL)
      .toContain('聯繫週期須為 1 至 730 天');
    await contact.fill('45');
    await page.getByTestId('tier-settings-save').click();
    await expect.poll(body, POLL).toContain('設定已儲存');
    const settings = (await callHost(host, 'settings.get', {})) as {
      value: { tiers: { tiers: { plan: { contactEveryDays: number } }[] } };
    };
    expect(settings.value.tiers.tiers[0]!.plan.contactEveryDays).toBe(45);
  });
});
