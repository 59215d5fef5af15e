import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { firstRunSetup, launchChromium, POLL, startHost, type RunningHost } from './browser-host';
import { pickOption } from './select';

const PASSPHRASE = 'correct horse battery 42';

/** The product shelf (KYP), end to end: the demo shelf from the UI, filters, detail, edit, state, notes, import errors. */
describe('product shelf, end to end in Chromium through the browser host', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  const body = () => page.locator('body').innerText();
  const rows = () => page.getByTestId('product-row');
  const pick = (testId: string, option: string) => pickOption(page, testId, option);

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('opens 商品 right after the client book (今日, 客戶, 客戶分級) in the menu, on an empty shelf', async () => {
    await firstRunSetup(page, host.url, PASSPHRASE);
    const menu = await page
      .locator('[data-testid^="nav-"]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-testid')));
    expect(menu.slice(0, 4)).toEqual(['nav-today', 'nav-clients', 'nav-tiers', 'nav-products']);
    await page.getByTestId('nav-products').click();
    await expect.poll(body, POLL).toContain('商品架上尚無商品');
    await expectAccessible(page, 'empty product shelf');
  });

  it('adds the demo shelf from the button', async () => {
    await page.getByTestId('seed-demo-products').click();
    await expect.poll(() => page.getByTestId('product-total').innerText(), POLL).toBe('共 60 項商品');
    expect(await rows().count()).toBeGreaterThan(5);
    await expectAccessible(page, 'product shelf');
  });

  it('filters: / jumps to the search, then RR and type narrow the list', async () => {
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await expect
      .poll(() => page.getByTestId('product-search').evaluate((el) => el === document.activeElement), POLL)
      .toBe(true);
    await page.keyboard.type('台積電');
    await expect.poll(() => rows().count(), POLL).toBe(2);
    await page.getByTestId('product-search').fill('');
    await pick('shelf-filter-riskRating', 'RR1');
    await expect
      .poll(() => page.getByTestId('product-total').innerText(), POLL)
      .toMatch(/^顯示 \d+ \/ 60 項商品$/);
    const shown = await rows().allInnerTexts();
    expect(shown.length).toBeGreaterThan(2);
    for (const row of shown) expect(row).toContain('RR1');
    await pick('shelf-filter-type', '債券');
    await expect.poll(() => rows().count(), POLL).toBe(1);
    expect(await rows().first().innerText()).toContain('A14105');
    await expectAccessible(page, 'product shelf, filtered');
  });

  it('opens a product with every field and its KYP notes', async () => {
    await rows().first().click();
    await expect.poll(() => page.getByTestId('product-name').innerText(), POLL).toContain('中央政府公債');
    const text = await body();
    for (const label of [
      '發行機構風險等級',
      '公司風險等級',
      '資產類別',
      '台灣公債',
      '最大可能損失',
      '通路報酬揭露',
      '風險揭露',
    ]) {
      expect(text).toContain(label);
    }
    await expect.poll(() => page.getByTestId('product-note').count(), POLL).toBe(1);
    await expectAccessible(page, 'product detail');
  });

  it('edits it: a firm RR below the issuer is refused in zh-TW, then a change is saved and noted', async () => {
    await page.getByTestId('product-edit').click();
    await expect.poll(() => page.getByTestId('product-form').isVisible(), POLL).toBe(true);
    await expectAccessible(page, 'product form');
    await pick('product-field-issuerRiskRating', 'RR3');
    await page.getByTestId('save-product').click();
    await expect.poll(body, POLL).toContain('公司風險等級 RR1 不得低於發行機構評等 RR3');
    await expectAccessible(page, 'product form with an error');
    await pick('product-field-issuerRiskRating', 'RR1');
    await page.getByTestId('product-field-nameZh').fill('中央政府公債 114 甲 5（修訂）');
    await page.getByTestId('save-product').click();
    await expect.poll(() => page.getByTestId('product-name').innerText(), POLL).toContain('（修訂）');
    await expect
      .poll(() => page.getByTestId('product-note').first().innerText(), POLL)
      .toContain('修改：中文名稱');
  });

  it('changes the state after a confirmation, and adds a KYP note', async () => {
    await page.getByTestId('product-change-state').click();
    await pick('product-state-select', '暫停銷售');
    await expect.poll(() => page.getByTestId('product-state-warning').isVisible(), POLL).toBe(true);
    await expectAccessible(page, 'product state change');
    await page.getByTestId('product-state-confirm').click();
    await expect.poll(() => page.getByTestId('product-state').first().innerText(), POLL).toBe('暫停銷售');
    await page.getByTestId('product-note-text').fill('發行機構通知暫停申購');
    await page.getByTestId('product-note-add').click();
    await expect
      .poll(() => page.getByTestId('product-note').first().innerText(), POLL)
      .toContain('發行機構通知暫停申購');
    expect(await page.getByTestId('product-note').nth(1).innerText()).toContain(
      '銷售狀態：核准銷售 → 暫停銷售',
    );
  });

  it('refuses an import with bad rows, lists them, and imports nothing', async () => {
    await page.getByTestId('nav-products').click();
    const csv = [
      'code,name_zh,issuer,type,currency,issuer_rr,rr,asset_class',
      'NEW1,新商品,測試投信,etf,TWD,RR3,RR2,tw_equity',
      'NEW2,新商品二,測試投信,etf,XYZ,RR3,RR6,tw_equity',
      'NEW3,=1+2,測試投信,etf,TWD,RR0,RR3,tw_equity',
    ].join('\n');
    await page.getByTestId('product-import-input').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await expect.poll(() => page.getByTestId('product-import-errors').isVisible(), POLL).toBe(true);
    const errors = await page.getByTestId('product-import-errors').innerText();
    for (const message of [
      '公司風險等級 RR2 不得低於發行機構評等 RR3',
      '不支援的幣別',
      '風險等級應為 RR1 至 RR5',
      '儲存格是公式',
    ]) {
      expect(errors).toContain(message);
    }
    await expectAccessible(page, 'product import errors');
    await page.keyboard.press('Escape');
    await page.getByTestId('product-search').fill('NEW');
    await expect.poll(body, POLL).toContain('找不到符合條件的商品');
  });

  it('passes axe in English too', async () => {
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang'), POLL).toBe('en');
    await page.getByTestId('product-search').fill('');
    await expect.poll(() => page.getByTestId('product-total').innerText(), POLL).toBe('60 products');
    await expectAccessible(page, 'product shelf (en)');
    await rows().first().click();
    await expect.poll(() => page.getByTestId('product-fields').isVisible(), POLL).toBe(true);
    await expectAccessible(page, 'product detail (en)');
  });
});
