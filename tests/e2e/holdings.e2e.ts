import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import {
  callHost,
  createClient,
  firstRunSetup,
  launchChromium,
  POLL,
  REPO_ROOT,
  startHost,
  type RunningHost,
} from './browser-host';
import { dropdownOption } from './select';

const PASSPHRASE = 'correct horse battery 42';
const SAMPLE = readFileSync(resolve(REPO_ROOT, 'resources/samples/holdings-sample.csv'));

/**
 * Holdings on the dossier, end to end: add a shelf position and a free-form one from the modal
 * (the second by keyboard), see the totals and the dossier's asset summary come from them, a
 * refused file's row errors, then a file that replaces them after the confirmation.
 */
describe('holdings, end to end in Chromium through the browser host', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let clientId: string;
  const panel = () => page.getByTestId('holdings-panel');
  const rows = () => page.getByTestId('holdings-table').locator('tbody tr.ant-table-row');
  const option = (text: string) => dropdownOption(page, text).first();

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('shows an empty 持有部位 panel on the dossier, which keeps its own asset figures', async () => {
    await firstRunSetup(page, host.url, PASSPHRASE);
    await callHost(host, 'products.seedDemo', {});
    clientId = await createClient(host, {
      name: '王持有',
      nationalId: 'A123456789',
      investableAssets: [{ currency: 'TWD', amount: 50_000_000 }],
    });
    await page.evaluate((id) => (window.location.hash = `#/clients/${id}`), clientId);
    await expect.poll(() => page.getByTestId('holdings-none').isVisible(), POLL).toBe(true);
    expect(await page.getByTestId('dossier-assets').innerText()).toContain('5,000 萬');
    expect(await page.getByTestId('dossier-assets-from-holdings').count()).toBe(0);
    await expectAccessible(page, 'dossier with an empty holdings panel');
  });

  it('adds a shelf position found by name, and a free-form one by keyboard', async () => {
    await page.getByTestId('holding-add').click();
    await expect.poll(() => page.getByTestId('holding-form').isVisible(), POLL).toBe(true);
    await expectAccessible(page, 'add-position modal');
    await page.getByTestId('holding-product').click();
    await page.keyboard.type('台積電');
    await option('2330').click();
    await page.getByTestId('holding-quantity').fill('1,000');
    await page.getByTestId('holding-price').fill('1000');
    await page.getByTestId('holding-save').click();
    await expect.poll(() => rows().count(), POLL).toBe(1);
    expect(await rows().first().innerText()).toContain('2330 台積電');

    await page.getByTestId('holding-add').click();
    await expect.poll(() => page.getByTestId('holding-form').isVisible(), POLL).toBe(true);
    await page.getByTestId('holding-source').getByText('自行輸入').click();
    await page.getByTestId('holding-name').fill('海外債券');
    await page.getByTestId('holding-asset-class').click();
    await option('全球投資級債券').click();
    await page.getByTestId('holding-currency').click();
    await option('USD').click();
    await page.getByTestId('holding-custodian').click();
    await option('複委託').click();
    await page.getByTestId('holding-quantity').fill('10');
    await page.getByTestId('holding-price').fill('100');
    await page.keyboard.press('Enter');
    await expect.poll(() => rows().count(), POLL).toBe(2);
    const text = await panel().innerText();
    expect(text).toContain('海外債券');
    expect(text).toContain('複委託');
    expect(await page.getByTestId('holdings-total-TWD').innerText()).toBe('NT$100 萬');
    expect(await page.getByTestId('holdings-total-USD').innerText()).toBe('USD 1,000');
    expect(await page.getByTestId('holdings-total-twd').innerText()).toMatch(
      /^新臺幣約當合計 NT\$10\d(\.\d+)? 萬$/,
    );
    expect(await page.getByTestId('holdings-rates-as-of').innerText()).toMatch(/^匯率基準日 /);
    await expectAccessible(page, 'dossier with holdings');
  });

  it('computes the dossier asset summary from holdings and marks the form figures as superseded', async () => {
    await expect.poll(() => page.getByTestId('dossier-assets').innerText(), POLL).toContain('NT$100 萬');
    const summary = await page.getByTestId('dossier-assets').innerText();
    expect(summary).toContain('USD 1,000');
    expect(summary).not.toContain('5,000 萬');
    expect(await page.getByTestId('dossier-assets-from-holdings').innerText()).toMatch(
      /^依持有部位計算（匯率基準日 .+）$/,
    );
    await page.evaluate((id) => (window.location.hash = `#/clients/${id}/edit`), clientId);
    await expect.poll(() => page.getByTestId('assets-superseded').isVisible(), POLL).toBe(true);
    expect(await page.getByTestId('assets-superseded').innerText()).toContain('5,000 萬');
    expect(await page.getByTestId('add-asset').count()).toBe(0);
    await page.evaluate((id) => (window.location.hash = `#/clients/${id}`), clientId);
    await expect.poll(() => rows().count(), POLL).toBe(2);
  });

  it('lists a refused file’s row errors, then replaces the holdings with a good file after confirming', async () => {
    const bad =
      '類型,商品代號,帳戶別,數量,價格,價格日期\n部位,NOPE,國內,1,1,2026-11-20\n部位,2330,保險箱,1,1,2026-11-20\n';
    await page.getByTestId('holdings-import-input').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bad),
    });
    await page.getByTestId('holdings-import-replace').click();
    await expect.poll(() => page.getByTestId('holdings-import-errors').isVisible(), POLL).toBe(true);
    const errors = await page.getByTestId('holdings-import-errors').innerText();
    expect(errors).toContain('商品代號不在商品架上');
    expect(errors).toContain('無法辨識的帳戶別');
    await expectAccessible(page, 'holdings import errors');
    await page.keyboard.press('Escape');
    expect(await rows().count()).toBe(2);

    await page.getByTestId('holdings-import-input').setInputFiles({
      name: 'holdings-sample.csv',
      mimeType: 'text/csv',
      buffer: SAMPLE,
    });
    await expect.poll(() => page.getByTestId('holdings-import-replace').isVisible(), POLL).toBe(true);
    expect(await page.getByRole('dialog', { name: '取代現有持有部位？' }).innerText()).toContain(
      '此客戶已有 2 筆持有部位與現金',
    );
    await page.getByTestId('holdings-import-replace').click();
    await expect.poll(() => rows().count(), POLL).toBe(5);
    expect(await page.getByTestId('holdings-cash-table').innerText()).toContain('NT$300 萬');
    expect(await panel().innerText()).not.toContain('海外債券');
    await expect.poll(() => page.getByTestId('dossier-assets').innerText(), POLL).toContain('NT$');
    expect(await page.getByTestId('dossier-assets').innerText()).toContain('USD');
    await expectAccessible(page, 'dossier after a holdings import');
  });
});
