import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_ASSUMPTIONS } from '../../shared/features/capital-markets';
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

const PASSPHRASE = 'planning end to end 2026';
const CLIENT = { name: '周文華', nationalId: 'F131104093', birthDate: '1970-05-01' };

interface Answer<T> {
  ok: boolean;
  value: T;
}

/**
 * Planning inputs end to end: a retirement goal on the dossier, the capital-market assumptions in
 * 設定 (a bad import named by its cell, an edited return saved as a new version and activated), the
 * proposal settings and the shelf's preferred product, with an axe scan of each new panel, dialog
 * and section.
 */
describe('planning: goals on the dossier, capital-market assumptions, proposal and shelf settings', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let clientId = '';
  const settings = async () =>
    (
      (await callHost(host, 'settings.get', {})) as Answer<{
        proposals: { advisorLicenceNumber: string | null };
        shelf: { preferredByAssetClass: Record<string, string> };
      }>
    ).value;

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('adds a retirement goal on the dossier, its date from the birth date and its amount from the spending', async () => {
    await firstRunSetup(page, host.url, PASSPHRASE);
    clientId = await createClient(host, CLIENT);
    await page.evaluate((id) => (window.location.hash = `#/clients/${id}`), clientId);
    await expect.poll(() => page.getByTestId('goals-none').isVisible(), POLL).toBe(true);
    await expectAccessible(page, 'dossier with the goals card (none yet)');

    await page.getByTestId('goal-add').click();
    await expect.poll(() => page.getByTestId('goal-form').isVisible(), POLL).toBe(true);
    await page.getByTestId('goal-name').fill('退休生活');
    await page.getByTestId('goal-monthlySpending').fill('6萬');
    await page.getByTestId('goal-withdrawalYears').fill('20');
    // 65 (the default age) from 1970-05-01.
    await expect.poll(() => page.getByTestId('goal-derived-date').innerText(), POLL).toContain('2035-05-01');
    await page.getByTestId('goal-suggest').click();
    await expect.poll(() => page.getByTestId('goal-amount').inputValue(), POLL).toBe('14,400,000');
    // The spending is what retirement withdraws each month.
    expect(await page.getByTestId('goal-monthlyWithdrawal').inputValue()).toBe('60,000');
    await expectAccessible(page, 'goal dialog (retirement)');
    await page.getByTestId('goal-save').click();

    const table = page.getByTestId('goals-table');
    await expect.poll(() => table.isVisible(), POLL).toBe(true);
    expect(await table.innerText()).toContain('退休生活');
    expect(await table.innerText()).toContain('1,440 萬');
    const goals = (await callHost(host, 'goals.list', { clientId })) as Answer<
      { targetDate: string; amountTwd: number; monthlySpendingTwd: number }[]
    >;
    expect(goals.value).toEqual([
      expect.objectContaining({
        targetDate: '2035-05-01',
        amountTwd: 14_400_000,
        monthlySpendingTwd: 60_000,
        funding: expect.objectContaining({ monthlyWithdrawalTwd: 60_000, withdrawalYears: 20 }),
      }),
    ]);
    await expectAccessible(page, 'dossier with a retirement goal');
  });

  it('asks an education goal for its school year, refuses an implausible one, and deletes the goal', async () => {
    await page.getByTestId('goal-add').click();
    await expect.poll(() => page.getByTestId('goal-form').isVisible(), POLL).toBe(true);
    await page.getByTestId('goal-kind').click();
    await dropdownOption(page, '子女教育').click();
    await expect.poll(() => page.getByTestId('goal-educationYear').isVisible(), POLL).toBe(true);
    expect(await page.getByTestId('goal-retirementAge').count()).toBe(0);
    await page.getByTestId('goal-name').fill('女兒留學');
    await page.getByTestId('goal-educationYear').fill('2099');
    // The school year gives the date (1 September), before it is refused as too far ahead.
    await expect.poll(() => page.getByTestId('goal-targetDate').inputValue(), POLL).toBe('2099-09-01');
    await page.getByTestId('goal-amount').fill('300萬');
    await page.getByTestId('goal-save').click();
    await expect
      .poll(() => page.getByTestId('goal-form').innerText(), POLL)
      .toContain('就學年度須在今年起 30 年內');
    await expectAccessible(page, 'goal dialog (education, refused)');
    await page.getByTestId('goal-educationYear').fill('2033');
    await expect.poll(() => page.getByTestId('goal-targetDate').inputValue(), POLL).toBe('2033-09-01');
    await page.getByTestId('goal-save').click();
    const table = page.getByTestId('goals-table');
    await expect.poll(() => table.innerText(), POLL).toContain('女兒留學');

    const goals = (await callHost(host, 'goals.list', { clientId })) as Answer<
      { id: string; name: string }[]
    >;
    const education = goals.value.find((g) => g.name === '女兒留學')!;
    await page.getByTestId(`goal-delete-${education.id}`).click();
    await expectAccessible(page, 'goal delete confirmation');
    await page.getByTestId('goal-delete-ok').click();
    await expect.poll(() => table.innerText(), POLL).not.toContain('女兒留學');
    expect(await table.innerText()).toContain('退休生活');
  });

  it('shows the active assumptions in 設定 and names the cell of a bad import', async () => {
    await page.getByTestId('nav-settings').click();
    await expect
      .poll(() => page.getByTestId('assumptions-active-version').innerText(), POLL)
      .toBe(BUILT_IN_ASSUMPTIONS.version);
    expect(await page.getByTestId('assumptions-classes').innerText()).toContain('台灣股票');
    expect(await page.getByTestId('assumptions-correlations').innerText()).toContain('已開發市場股票');
    await expectAccessible(page, 'settings with the capital-market assumptions');

    const bad = structuredClone(BUILT_IN_ASSUMPTIONS);
    bad.version = 'firm-bad';
    bad.correlations[1]![1] = 0.5;
    await page.getByTestId('assumptions-import-input').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    await expect
      .poll(() => page.getByTestId('assumptions-problems').innerText(), POLL)
      .toContain('相關係數第 2 列第 2 欄（dm_equity × dm_equity）：為 0.5，對角線須為 1');
    await expectAccessible(page, 'assumptions import refused');
  });

  it('edits a return as a new version, and activates it', async () => {
    await page.getByTestId('assumptions-edit').click();
    const field = page.getByTestId('assumptions-edit-expectedReturn-tw_equity');
    await expect.poll(() => field.isVisible(), POLL).toBe(true);
    await page.getByTestId('assumptions-edit-version').fill('2027.1');
    await field.fill('7.5');
    await expectAccessible(page, 'assumptions editor');
    await page.getByTestId('assumptions-edit-save').click();
    const versions = page.getByTestId('assumptions-versions');
    await expect.poll(() => versions.innerText(), POLL).toContain('2027.1');
    await page.getByTestId('assumptions-activate-2027.1').click();
    await expect.poll(() => page.getByTestId('assumptions-active-version').innerText(), POLL).toBe('2027.1');
    expect(await page.getByTestId('assumptions-classes').innerText()).toContain('7.50%');
    const active = (await callHost(host, 'assumptions.get', {})) as Answer<{
      assets: { expectedReturn: number }[];
    }>;
    expect(active.value.assets[0]!.expectedReturn).toBe(0.075);
  });

  it("sets the advisor's licence number and the preferred product of a class", async () => {
    await callHost(host, 'products.seedDemo', {});
    await page.reload();
    await page.getByTestId('proposal-settings-advisorLicenceNumber').fill('(113)金管投顧新字第 001 號');
    await page.getByTestId('proposal-settings-save').click();
    await expect
      .poll(async () => (await settings()).proposals.advisorLicenceNumber, POLL)
      .toBe('(113)金管投顧新字第 001 號');

    const products = (await callHost(host, 'products.list', {
      state: 'approved',
      assetClass: 'tw_equity',
    })) as Answer<{
      items: { id: string; code: string }[];
    }>;
    const chosen = products.value.items[0]!;
    await page.getByTestId('shelf-preferred-tw_equity').click();
    await page.keyboard.type(chosen.code);
    await page.keyboard.press('Enter');
    await page.getByTestId('shelf-settings-save').click();
    await expect
      .poll(async () => (await settings()).shelf.preferredByAssetClass.tw_equity, POLL)
      .toBe(chosen.id);
    await expectAccessible(page, 'settings with the proposal and shelf sections');
  });
});
