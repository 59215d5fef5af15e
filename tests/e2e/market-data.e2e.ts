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

const PASSPHRASE = 'correct horse battery 42';

/** A long-layout file: TAIEX and USD/TWD for October 2026, weeks before today (so stale), with a BOM. */
function octoberCsv(): Buffer {
  const lines = ['序列代號,日期,數值'];
  for (let day = 1; day <= 30; day++) {
    const date = `2026-10-${String(day).padStart(2, '0')}`;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    lines.push(`TAIEX,${date},"${(22000 + day * 40).toLocaleString('en-US')}"`);
    lines.push(`USDTWD,${date},${(31 + day / 100).toFixed(3)}`);
  }
  return Buffer.from(`\uFEFF${lines.join('\n')}\n`, 'utf8');
}

/** 市場資料, end to end: import in the browser, the report, the stale flag, the chart and its range, comparison. */
describe('market data screen, end to end in Chromium through the browser host', () => {
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

  it('opens 市場資料 from the menu, empty at first', async () => {
    await firstRunSetup(page, host.url, PASSPHRASE);
    await page.getByTestId('nav-market').click();
    await expect.poll(body, POLL).toContain('尚無市場資料');
    await expectAccessible(page, 'empty market data');
  });

  it('imports a file picked in the browser and reports what it added', async () => {
    await page.getByTestId('market-import-open').click();
    await expect.poll(() => page.getByTestId('market-import-dialog').isVisible(), POLL).toBe(true);
    await page.getByRole('radio', { name: 'UTF-8' }).check();
    await expectAccessible(page, 'market import dialog');
    await page
      .getByTestId('market-import-input')
      .setInputFiles({ name: 'october.csv', mimeType: 'text/csv', buffer: octoberCsv() });
    await expect.poll(() => page.getByTestId('market-import-report').isVisible(), POLL).toBe(true);
    const report = await page.getByTestId('market-import-report').innerText();
    expect(report).toContain('匯入完成：44 筆，新增 44、更正 0、未變 0');
    expect(report).toContain('TAIEX');
    expect(report).toContain('USDTWD');
    await expectAccessible(page, 'market import report');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('market-import-dialog').isVisible(), POLL).toBe(false);
  });

  it('lists the series by kind with their last date and flags them stale', async () => {
    await expect.poll(() => page.getByTestId('market-table-index').isVisible(), POLL).toBe(true);
    const row = page.getByTestId('market-table-index').locator('tr', { hasText: 'TAIEX' });
    await expect.poll(() => row.innerText(), POLL).toContain('2026-10-30');
    expect(await row.innerText()).toContain('23,200.00');
    expect(await page.getByTestId('market-stale-TAIEX').innerText()).toBe('過期（最後資料 2026-10-30）');
    expect(await page.getByTestId('market-stale-USDTWD').isVisible()).toBe(true);
    await expectAccessible(page, 'market data list');
  });

  it('opens a series from the keyboard and draws its chart over the chosen period', async () => {
    await page.getByTestId('market-series-TAIEX').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('market-series-title').innerText(), POLL).toContain('TAIEX');
    const curves = page.getByTestId('market-chart').locator('path.market-line');
    await expect.poll(() => curves.count(), POLL).toBe(1);
    expect(await page.getByTestId('market-stale-TAIEX').isVisible()).toBe(true);
    // 1M ends on the last point: the 1M period runs from 2026-09-30, so the chart's first tick is in October.
    await page.getByTestId('market-range').getByText('1M', { exact: true }).click();
    await expect.poll(() => page.getByTestId('market-chart').innerText(), POLL).toContain('2026-10');
    expect(await page.getByTestId('market-returns').innerText()).toContain('臺灣加權股價指數');
    await expectAccessible(page, 'market series detail');
  });

  it('compares with sample series, rebased to 100, with their correlation', async () => {
    await page.getByTestId('nav-market').click();
    await page.getByTestId('market-sample-load').click();
    await expect.poll(() => page.getByTestId('market-sample-SPX').isVisible(), POLL).toBe(true);
    // TAIEX holds imported data: the sample leaves it alone.
    expect(await page.getByTestId('market-sample-TAIEX').count()).toBe(0);
    await page.getByTestId('market-series-SPX').click();
    await page.getByTestId('market-compare').click();
    await page.keyboard.type('MSCIWORLD');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    const curves = page.getByTestId('market-chart').locator('path.market-line');
    await expect.poll(() => curves.count(), POLL).toBe(2);
    await expect.poll(() => page.getByTestId('market-chart').innerText(), POLL).toContain('起點 = 100');
    expect(await page.getByTestId('market-correlation').locator('tbody tr').count()).toBe(2);
    await expectAccessible(page, 'market series comparison');
  });

  it("converts a client's TWD total at the imported USD rate, shows its date and flags it stale", async () => {
    const clientId = await createClient(host, { name: '林外幣', nationalId: 'A123456789' });
    await callHost(host, 'holdings.setCash', {
      clientId,
      version: 0,
      data: { currency: 'USD', custodian: 'bank', amount: 10_000 },
    });
    await page.evaluate((id) => (window.location.hash = `#/clients/${id}`), clientId);
    const note = page.getByTestId('fx-rates-note');
    await expect.poll(() => note.innerText(), POLL).toContain('USD 31.30（2026-10-30）');
    expect(await page.getByTestId('fx-rates-stale').innerText()).toBe('匯率過期：USD，請匯入最新匯率。');
    // The total converts at that rate (31.30), as the note says, not at the settings' 30.6.
    expect(await page.getByTestId('dossier-assets').innerText()).toContain('NT$31.3 萬');
    await expectAccessible(page, 'dossier with stale FX rate');
  });

  it("moves the client list's totals as soon as the settings' rate for a currency without a series changes", async () => {
    // Hong Kong dollars have no series here: their TWD value is the settings' rate.
    await createClient(host, {
      name: '周港幣',
      nationalId: 'B123456780',
      investableAssets: [{ currency: 'HKD', amount: 1_000_000 }],
    });
    const row = () => page.getByTestId('client-row').filter({ hasText: '周港幣' }).innerText();
    await page.getByTestId('nav-clients').click();
    await expect.poll(row, POLL).toContain('NT$393 萬');
    await page.getByTestId('nav-settings').click();
    await page.getByLabel('1 HKD 兌新臺幣').fill('4.2');
    await page.getByTestId('settings-fx-save').click();
    await expect.poll(body, POLL).toContain('設定已儲存');
    await page.getByTestId('nav-clients').click();
    await expect.poll(row, POLL).toContain('NT$420 萬');
  });

  it('reads in English: the list, the stale flag and a series with its returns table', async () => {
    await page.getByTestId('language-switch').click();
    await page.getByTestId('nav-market').click();
    await expect
      .poll(() => page.getByTestId('market-stale-TAIEX').innerText(), POLL)
      .toBe('Stale (last data 2026-10-30)');
    expect(await page.getByTestId('market-sample-SPX').innerText()).toBe('Sample data');
    await expectAccessible(page, 'market data list (en)');
    await page.getByTestId('market-series-USDTWD').click();
    await expect.poll(() => page.getByTestId('market-returns').innerText(), POLL).toContain('Max drawdown');
    await expectAccessible(page, 'market series detail (en)');
  });
});
