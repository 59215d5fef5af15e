import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../../shared/kernel/dates';
import { productInput } from '../core/features/products/fixtures';
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

const PASSPHRASE = 'info records e2e passphrase 3';
const TODAY = today('Asia/Taipei');

/**
 * Records of information given and the regulatory-update log end to end: the start-up banner
 * for unread updates, acknowledging one from the keyboard in 合規 › 法規動態, recording a product's
 * documents as given to two clients from the product page, the dossier card and the report tab;
 * each new screen scanned with axe.
 */
describe('information given and regulatory updates, end to end in Chromium through the browser host', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let wang = '';
  let productId = '';
  const go = (hash: string) => page.evaluate((h) => (window.location.hash = h), hash);
  const rows = (table: string) => page.getByTestId(table).locator('tbody tr.ant-table-row');

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('shows the unread regulatory updates in a banner after unlock, and acknowledges one by keyboard', async () => {
    await firstRunSetup(page, host.url, PASSPHRASE);
    wang = await createClient(host, { name: '王資訊', nationalId: 'A123456789' });
    await createClient(host, { name: '李資訊', nationalId: 'B123456780' });
    const product = (await callHost(host, 'products.create', { data: productInput() })) as {
      value: { id: string };
    };
    productId = product.value.id;
    for (const title of ['高齡客戶適合度規範修正', '洗錢防制注意事項']) {
      await callHost(host, 'regulatory.add', {
        data: {
          title,
          issuer: 'fsc',
          reference: null,
          issuedOn: TODAY,
          effectiveOn: null,
          summary: '摘要',
          link: null,
        },
      });
    }
    // Start-up: lock, then unlock as the advisor would at the start of a day.
    await callHost(host, 'vault.lock', {});
    await page.reload();
    await page.getByTestId('unlock-passphrase').fill(PASSPHRASE);
    await page.getByTestId('unlock-submit').click();
    const banner = page.getByTestId('regulatory-banner');
    await expect.poll(() => banner.innerText(), POLL).toContain('2 則法規動態尚未確認閱讀');
    await expectAccessible(page, 'start-up banner for unread regulatory updates');

    await page.getByTestId('regulatory-banner-go').click();
    await expect.poll(() => rows('regulatory-table').count(), POLL).toBe(2);
    await expectAccessible(page, 'regulatory updates page (zh-TW)');
    await rows('regulatory-table').first().focus();
    await page.keyboard.press('a');
    await expect.poll(() => rows('regulatory-table').count(), POLL).toBe(1);
    await expect.poll(() => banner.innerText(), POLL).toContain('1 則');
    await page.getByTestId('regulatory-filter').getByText('全部').click();
    await expect.poll(() => page.getByTestId('regulatory-read-at').count(), POLL).toBe(1);

    await page.getByTestId('regulatory-add').click();
    await expectAccessible(page, 'add-a-regulatory-update dialog');
    await page.getByTestId('regulatory-title').fill('投信投顧公會自律規範');
    await page.getByTestId('regulatory-link').fill('ftp://example');
    await page.getByTestId('regulatory-save').click();
    await expect.poll(() => page.locator('.ant-form-item-explain-error').innerText(), POLL).toContain('http');
    await page.getByTestId('regulatory-link').fill('https://www.sitca.org.tw/');
    await page.getByTestId('regulatory-save').click();
    await expect.poll(() => rows('regulatory-table').count(), POLL).toBe(3);
    await expect.poll(() => banner.innerText(), POLL).toContain('2 則');
  });

  it("records a product's documents as given to two clients from the product page", async () => {
    await go(`#/products/${productId}`);
    await page.getByTestId('product-info-given').click();
    await expect
      .poll(() => page.getByTestId('info-given-title').inputValue(), POLL)
      .toContain('測試全球股票基金');
    await expectAccessible(page, 'record-information-given dialog');
    const picker = page.getByTestId('info-given-clients');
    for (const name of ['王資訊', '李資訊']) {
      await picker.click();
      await page.keyboard.type(name.slice(0, 1));
      await dropdownOption(page, name).click();
    }
    await page.getByTestId('info-given-save').click();
    await expect.poll(() => page.locator('.ant-message').innerText(), POLL).toContain('已登錄提供資訊紀錄');
  });

  it('lists it on the dossier and in the report by client, and exports the CSV', async () => {
    await go(`#/clients/${wang}`);
    const panel = page.getByTestId('info-given-panel');
    await expect.poll(() => panel.innerText(), POLL).toContain('測試全球股票基金');
    expect(await panel.innerText()).toContain('另有 1 位客戶同時收受');
    await expectAccessible(page, 'dossier with the information-given card');

    await go('#/compliance?tab=information-given');
    await expect.poll(() => page.getByTestId('info-given-group').count(), POLL).toBe(1);
    await page.getByTestId('info-given-by').getByText('依客戶').click();
    await expect.poll(() => page.getByTestId('info-given-group').count(), POLL).toBe(2);
    await expectAccessible(page, '合規 information given (zh-TW)');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('info-given-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^提供資訊紀錄_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('passes the accessibility scan on the new tabs in English', async () => {
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang'), POLL).toBe('en');
    await go('#/compliance?tab=information-given');
    await expect.poll(() => page.getByTestId('info-given-csv').isVisible(), POLL).toBe(true);
    await expectAccessible(page, '合規 information given (en)');
    await go('#/regulatory');
    await expect.poll(() => page.getByTestId('regulatory-table').isVisible(), POLL).toBe(true);
    await expectAccessible(page, 'regulatory updates page (en)');
  });
});
